package io.dompet.sandbox.config;

import java.time.Duration;

/**
 * How long the sandbox holds the answers of its slow test customers.
 *
 * @param answerDelay  how long a top-up for a number ending {@code 0002} waits before answering, and how long one
 *                     ending {@code 0011} stalls after half its answer before the connection is closed: longer than
 *                     dompet's read timeout (15 s by default), so 20 s by default
 * @param successDelay how long a top-up for a number ending {@code 0006} waits before answering (2 s)
 * @param inquiryDelay how long an account inquiry for a number ending {@code 0008} waits before answering (3 s)
 */
public record SlowAnswers(Duration answerDelay, Duration successDelay, Duration inquiryDelay) {

    public static final Duration DEFAULT_ANSWER_DELAY = Duration.ofSeconds(20);
    public static final Duration DEFAULT_SUCCESS_DELAY = Duration.ofSeconds(2);
    public static final Duration DEFAULT_INQUIRY_DELAY = Duration.ofSeconds(3);

    public SlowAnswers {
        Durations.requireNotNegative(answerDelay, "slowAnswerDelay");
        Durations.requireNotNegative(successDelay, "slowSuccessDelay");
        Durations.requireNotNegative(inquiryDelay, "slowInquiryDelay");
    }

    /** 20 s, 2 s and 3 s. */
    public static SlowAnswers defaults() {
        return new SlowAnswers(DEFAULT_ANSWER_DELAY, DEFAULT_SUCCESS_DELAY, DEFAULT_INQUIRY_DELAY);
    }
}
