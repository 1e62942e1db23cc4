package io.dompet.domain.billwidget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dompet.domain.shared.Money;
import io.dompet.domain.topup.FinpayFailure;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BillWidgetTest {

    private static final Instant NOW = Instant.parse("2026-11-24T05:00:00Z");

    private static BillWidget requested(Duration timeout, List<ProductCode> codes) {
        return BillWidget.request(new BillWidgetId(UUID.randomUUID()), "BW1", "UK1", codes, null, true, timeout,
                "https://shop.example/back", "https://shop.example/return", NOW);
    }

    @ParameterizedTest
    @ValueSource(strings = {"08000", "0800031", "08000a", "", " 080003"})
    void aProductCodeIsExactlySixDigits(String code) {
        assertThatThrownBy(() -> new ProductCode(code)).isInstanceOf(InvalidBillWidgetException.class)
                .hasMessageContaining("six digits");
    }

    @Test
    void aTimeoutOutsideThirtySecondsToADayIsRefused() {
        List<ProductCode> codes = List.of(new ProductCode("080003"));
        assertThatThrownBy(() -> requested(Duration.ofSeconds(29), codes)).isInstanceOf(InvalidBillWidgetException.class);
        assertThatThrownBy(() -> requested(Duration.ofHours(24).plusSeconds(1), codes)).isInstanceOf(InvalidBillWidgetException.class);
        assertThat(requested(Duration.ofSeconds(30), codes).timeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void productCodesMustBeOneToNineHundredNinetyNineAndNotRepeat() {
        assertThatThrownBy(() -> requested(Duration.ofMinutes(5), List.of())).isInstanceOf(InvalidBillWidgetException.class);
        assertThatThrownBy(() -> requested(Duration.ofMinutes(5),
                List.of(new ProductCode("080003"), new ProductCode("080003")))).isInstanceOf(InvalidBillWidgetException.class);
        assertThatThrownBy(() -> requested(Duration.ofMinutes(5),
                Collections.nCopies(1000, new ProductCode("080003")))).isInstanceOf(InvalidBillWidgetException.class);
    }

    @Test
    void anIssuedWidgetExpiresAfterItsTimeout() {
        BillWidget issued = requested(Duration.ofSeconds(60), List.of(new ProductCode("080003")))
                .issue("https://devo.finnet.co.id/?token=t", "t", NOW);

        assertThat(issued.status(NOW.plusSeconds(59))).isEqualTo(BillWidgetStatus.ISSUED);
        assertThat(issued.status(NOW.plusSeconds(60))).isEqualTo(BillWidgetStatus.EXPIRED);
        assertThat(issued.expiresAt()).contains(NOW.plusSeconds(60));
    }

    @Test
    void onlyARequestedWidgetCanBeIssuedOrFail() {
        BillWidget failed = requested(Duration.ofMinutes(5), List.of(new ProductCode("080003")))
                .fail(new FinpayFailure("4010000", "Invalid Signature"), NOW);

        assertThat(failed.status(NOW)).isEqualTo(BillWidgetStatus.FAILED);
        assertThatThrownBy(() -> failed.issue("https://x.example/?token=t", "t", NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void billInfoFieldsAreCheckedAndNamed() {
        assertThatThrownBy(() -> new BillInfo("", null, null, null, null, null)).hasMessageContaining("billInfo.billNumber");
        assertThatThrownBy(() -> new BillInfo("123", null, "2024-01", null, null, null)).hasMessageContaining("billInfo.period");
        assertThatThrownBy(() -> new BillInfo("123", null, null, null, "08-12", null)).hasMessageContaining("billInfo.customerPhone");
        assertThatThrownBy(() -> new BillInfo("123", null, null, null, null, "not-an-email")).hasMessageContaining("billInfo.customerEmail");
        assertThat(new BillInfo("8888800393834857", Money.ZERO, "01", "Budi  Santoso", "1234567890", "b@example.com")
                .toString()).doesNotContain("Budi").doesNotContain("1234567890");
    }

    @Test
    void theStringFormCarriesNoToken() {
        BillWidget issued = requested(Duration.ofMinutes(5), List.of(new ProductCode("080003")))
                .issue("https://devo.finnet.co.id/?token=secret-token", "secret-token", NOW);

        assertThat(issued.toString()).doesNotContain("secret-token");
    }
}
