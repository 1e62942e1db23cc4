package io.dompet.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReconciliationPolicyTest {

    @Test
    void theWaitDoublesFromTheFirstCheckUpToTheCap() {
        ReconciliationPolicy policy = new ReconciliationPolicy(Duration.ofSeconds(5), Duration.ofSeconds(60), 10,
                Duration.ofMinutes(1), Duration.ofMinutes(1), 50);

        assertThat(policy.backoffAfter(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(policy.backoffAfter(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.backoffAfter(3)).isEqualTo(Duration.ofSeconds(20));
        assertThat(policy.backoffAfter(4)).isEqualTo(Duration.ofSeconds(40));
        assertThat(policy.backoffAfter(5)).isEqualTo(Duration.ofSeconds(60));
        assertThat(policy.backoffAfter(500)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void nonsensicalPoliciesAreRefused() {
        assertThatThrownBy(() -> new ReconciliationPolicy(Duration.ZERO, Duration.ofSeconds(60), 10, Duration.ofMinutes(1), Duration.ofMinutes(1), 50))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReconciliationPolicy(Duration.ofSeconds(5), Duration.ofSeconds(1), 10, Duration.ofMinutes(1), Duration.ofMinutes(1), 50))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReconciliationPolicy(Duration.ofSeconds(5), Duration.ofSeconds(60), 0, Duration.ofMinutes(1), Duration.ofMinutes(1), 50))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReconciliationPolicy(Duration.ofSeconds(5), Duration.ofSeconds(60), 10, Duration.ofMinutes(1), Duration.ZERO, 50))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
