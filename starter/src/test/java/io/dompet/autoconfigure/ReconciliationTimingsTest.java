package io.dompet.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dompet.adapter.finpay.signature.SignatureEncoding;
import io.dompet.adapter.finpay.snap.InquiryReference;
import io.dompet.adapter.finpay.snap.OriginalReferenceNo;
import io.dompet.autoconfigure.StartupConfigurationCheck.InvalidConfigurationException;
import io.dompet.autoconfigure.properties.SnapProperties;
import io.dompet.application.service.ReconciliationPolicy;
import io.dompet.application.service.RequestBounds;
import io.dompet.autoconfigure.properties.ReconciliationProperties;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class ReconciliationTimingsTest {

    private static SnapProperties snap(Duration connectTimeout, Duration readTimeout) {
        return new SnapProperties(URI.create("https://snapstag.finnet.co.id"), "client", "secret", null, "95221",
                "merchant.example", SignatureEncoding.BASE64, connectTimeout, readTimeout,
                InquiryReference.OWN, OriginalReferenceNo.OMIT);
    }

    private static final SnapProperties DEFAULT_SNAP = snap(Duration.ofSeconds(2), Duration.ofSeconds(15));

    @Test
    void theLongestRequestIsTwoSnapCallsOfFiveExchangesPlusAPoolWaitAndTheLeaseOneCallPlusAPoolWait() {
        ReconciliationTimings timings = ReconciliationTimings.of(DEFAULT_SNAP, Duration.ofSeconds(30));

        // 2 calls × 5 exchanges × (2 s + 15 s) + 30 s; 5 × 17 s + 30 s
        assertThat(timings.longestRequest()).isEqualTo(Duration.ofSeconds(200));
        assertThat(timings.lease()).isEqualTo(Duration.ofSeconds(115));
    }

    @Test
    void unsetTheStaleAgeIsTheLongestRequestRoundedUpToWholeSeconds() {
        ReconciliationTimings timings = ReconciliationTimings.of(snap(Duration.ofMillis(250), Duration.ofMillis(1001)),
                Duration.ofMillis(5));

        assertThat(timings.requestedStaleAfter(null)).isEqualTo(Duration.ofSeconds(13));
        assertThat(timings.lease()).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void aStaleAgeShorterThanTheLongestRequestIsRefusedNamingThePropertyAndTheMinimum() {
        ReconciliationTimings timings = ReconciliationTimings.of(DEFAULT_SNAP, Duration.ofSeconds(30));

        assertThatThrownBy(() -> timings.requestedStaleAfter(Duration.ofSeconds(199)))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("dompet.reconciliation.requested-stale-after")
                .hasMessageContaining("at least 200s")
                .hasMessageContaining("dompet.finpay.snap.connect-timeout")
                .satisfies(e -> assertThat(((InvalidConfigurationException) e).properties())
                        .containsExactly("dompet.reconciliation.requested-stale-after"));
        assertThat(timings.requestedStaleAfter(Duration.ofSeconds(200))).isEqualTo(Duration.ofSeconds(200));
        assertThat(timings.requestedStaleAfter(Duration.ofMinutes(10))).isEqualTo(Duration.ofMinutes(10));
    }

    /** The defaults of dompet.reconciliation.* are the application's standard policy (a plain-Java wiring's too). */
    @Test
    void unconfiguredThePolicyIsTheApplicationsStandardOne() {
        ReconciliationProperties defaults = new Binder(new MapConfigurationPropertySource())
                .bindOrCreate("dompet.reconciliation", ReconciliationProperties.class);

        assertThat(ReconciliationTimings.of(DEFAULT_SNAP, Duration.ofSeconds(30)).policy(defaults)).isEqualTo(
                ReconciliationPolicy.standard(RequestBounds.of(Duration.ofSeconds(2), Duration.ofSeconds(15),
                        Duration.ofSeconds(30))));
    }
}
