package io.dompet.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StaleAfterTest {

    @Test
    void the_largest_duration_on_the_lines_naming_the_property_is_read_rounded_up_to_a_second() {
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
    void plain_durations_count_too() {
        assertThat(StaleAfter.largestDurationNear("dompet.reconciliation.requested-stale-after must be >= 45s"))
                .hasValue(Duration.ofSeconds(45));
        assertThat(StaleAfter.largestDurationNear("requestedStaleAfter 2m is the least"))
                .hasValue(Duration.ofMinutes(2));
    }

    @Test
    void the_reason_of_a_spring_boot_binding_failure_counts() {
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
    void durations_far_from_the_lines_naming_the_property_are_ignored() {
        String output = "read-timeout 90s\n\n\n\n\n\n\n\n\ndompet.reconciliation.requested-stale-after is too short";

        assertThat(StaleAfter.largestDurationNear(output)).isEmpty();
    }
}
