package io.dompet.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WebhookRetryPolicyTest {

    @Test
    void theFirstRetryComesAfterTheFirstWaitThenTheWaitDoublesUpToItsCap() {
        WebhookRetryPolicy policy = WebhookRetryPolicy.DEFAULT;

        assertThat(policy.retryAfter(1)).isEqualTo(Duration.ofSeconds(5)).isLessThanOrEqualTo(Duration.ofSeconds(10));
        assertThat(policy.retryAfter(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.retryAfter(3)).isEqualTo(Duration.ofSeconds(20));
        assertThat(policy.retryAfter(13)).isEqualTo(Duration.ofHours(5));
        assertThat(policy.retryAfter(1000)).isEqualTo(Duration.ofHours(5));
    }

    @Test
    void aDeliveryIsGivenUpOnceItIsThreeDaysOld() {
        assertThat(WebhookRetryPolicy.DEFAULT.givesUp(Duration.ofDays(3).minusSeconds(1))).isFalse();
        assertThat(WebhookRetryPolicy.DEFAULT.givesUp(Duration.ofDays(3))).isTrue();
    }
}
