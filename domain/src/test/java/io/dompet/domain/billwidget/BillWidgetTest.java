package io.dompet.domain.billwidget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dompet.domain.shared.FinpayFailure;
import io.dompet.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BillWidgetTest {

    private static final Instant NOW = Instant.parse("2026-11-24T05:00:00Z");

    private static BillWidget requested(Duration timeout, List<ProductCode> codes) {
        return BillWidgets.widget().trxId("BW1").uniqKey("UK1").productCodes(codes).timeout(timeout)
                .backUrl("https://shop.example/back").returnUrl("https://shop.example/return").requestedAt(NOW)
                .requested();
    }

    /** The names of the fields whose values differ between {@code before} and {@code after}. */
    private static Set<String> changed(BillWidget before, BillWidget after) {
        Map<String, Object> was = BillWidgets.fieldsOf(before);
        Map<String, Object> is = BillWidgets.fieldsOf(after);
        return was.keySet().stream().filter(field -> !Objects.equals(was.get(field), is.get(field)))
                .collect(Collectors.toSet());
    }

    @Test
    void eachTransitionChangesOnlyTheFieldsItIsAbout() {
        BillWidget requested = BillWidgets.widget().billInfo(new BillInfo("0001234567890", Money.parse("125000.50"),
                "202611", "Siti", "081234567890", "siti@example.co.id")).requested();

        assertThat(changed(requested, requested.issue("https://devo.finnet.co.id/w?token=t", "t", NOW.plusSeconds(1))))
                .containsExactlyInAnyOrder("status", "redirectUrl", "token", "issuedAt");
        assertThat(changed(requested, requested.fail(new FinpayFailure("4007300", "Bad Request"), NOW.plusSeconds(1))))
                .containsExactlyInAnyOrder("status", "failure");
        assertThat(changed(requested, requested.withVersion(2))).containsExactly("version");
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
