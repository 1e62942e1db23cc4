package io.dompet.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StaleAfterTest {

    @Test
    void theLargestDurationOnTheLinesNamingThePropertyIsReadRoundedUpToASecond() {
        String output = """
                2026-12-01 INFO starting, interval 200ms
                ***************************
                APPLICATION FAILED TO START
                dompet.reconciliation.requested-stale-after (PT5S) must be at least PT27.5S: a request may take \
                token 6s + inquiry 6s + top-up 6s with resends
                """;

        assertThat(StaleAfter.largestDurationNear(output)).hasValue(Duration.ofSeconds(28));
    }

    @Test
    void plainDurationsCountToo() {
        assertThat(StaleAfter.largestDurationNear("dompet.reconciliation.requested-stale-after must be >= 45s"))
                .hasValue(Duration.ofSeconds(45));
        assertThat(StaleAfter.largestDurationNear("requestedStaleAfter 2m is the least"))
                .hasValue(Duration.ofMinutes(2));
    }

    @Test
    void theReasonOfASpringBootBindingFailureCounts() {
        String output = """
                APPLICATION FAILED TO START

                Description:

                Binding to target [Bindable@1 type = ReconciliationProperties] failed:

                    Property: dompet.reconciliation.requested-stale-after
                    Value: "0ms"
                    Origin: "dompet.reconciliation.requested-stale-after" from property source "SPRING_APPLICATION_JSON"
                    Reason: must be at least PT41S, the longest a top-up request can take
                """;

        assertThat(StaleAfter.largestDurationNear(output)).hasValue(Duration.ofSeconds(41));
    }

    @Test
    void durationsFarFromTheLinesNamingThePropertyAreIgnored() {
        String output = "read-timeout 90s\n\n\n\n\n\n\n\n\ndompet.reconciliation.requested-stale-after is too short";

        assertThat(StaleAfter.largestDurationNear(output)).isEmpty();
    }
}
