package io.dompet.sandbox.snap;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.dompet.sandbox.config.SnapVariant.ReferenceUniqueness;

/**
 * Where a {@code partnerReferenceNo} must be unique, as {@link ReferenceUniqueness} says. {@code ACROSS_SERVICES}:
 * the first service that sends a reference (account inquiry or top-up) takes it, and the other service's request
 * with it is refused; the same service may send it again (repeated inquiries are answered, a repeated top-up meets
 * the {@link TopUpLedger}'s own duplicate check). {@code PER_SERVICE}: nothing is remembered here. Thread-safe: the
 * first use is claimed atomically, so an inquiry and a top-up sent at once with one reference cannot both pass.
 */
final class PartnerReferences {

    private final ReferenceUniqueness uniqueness;
    private final Map<String, SnapService> firstUse = new ConcurrentHashMap<>();

    PartnerReferences(ReferenceUniqueness uniqueness) {
        this.uniqueness = uniqueness;
    }

    /**
     * Whether {@code service} may send {@code partnerReferenceNo}, taking it for {@code service} if no service has.
     *
     * @return {@code false} when references are unique across services and another service took this one first
     */
    boolean take(SnapService service, String partnerReferenceNo) {
        if (uniqueness == ReferenceUniqueness.PER_SERVICE) {
            return true;
        }
        SnapService first = firstUse.putIfAbsent(partnerReferenceNo, service);
        return first == null || first == service;
    }
}
