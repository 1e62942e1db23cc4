package io.dompet.sandbox.notify;

/** Where a delivery (or a whole notification) stands. */
enum DeliveryState {

    /** Still trying (an attempt is under way or a retry is scheduled). */
    PENDING,
    /** The merchant answered 2xx. */
    DELIVERED,
    /** Every attempt failed (non-2xx or an I/O error); no more attempts will be made. */
    GAVE_UP
}
