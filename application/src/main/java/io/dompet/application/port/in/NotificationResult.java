package io.dompet.application.port.in;

import io.dompet.domain.topup.TopUp;

/** What became of a delivered notification. */
public sealed interface NotificationResult {

    /** First delivery: the top-up was recorded and the wallet credited (committed). */
    record Credited(TopUp topUp) implements NotificationResult {
    }

    /** A redelivery with the same content: acknowledged, nothing changed. */
    record AlreadyCredited(TopUp topUp) implements NotificationResult {
    }

    /** The same {@code referenceNo} as an earlier notification but another amount or phone: refused, nothing changed. */
    record Conflicting(String referenceNo) implements NotificationResult {
    }

    /** Signature, timestamp or partner check failed; nothing stored. */
    record Unauthenticated(String reason) implements NotificationResult {
    }

    /** The body is not the JSON of a notification; nothing stored. */
    record Malformed(String reason) implements NotificationResult {
    }

    /** A field is missing ({@code missing}) or invalid; nothing stored. The problem never repeats the value. */
    record InvalidField(String field, String problem, boolean missing) implements NotificationResult {
    }
}
