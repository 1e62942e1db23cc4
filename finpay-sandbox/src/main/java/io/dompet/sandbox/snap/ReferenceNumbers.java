package io.dompet.sandbox.snap;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicLong;

/** Fresh numeric {@code referenceNo}s (Finpay's transaction ids): Jakarta {@code yyMMddHHmmss} + a counter. */
final class ReferenceNumbers {

    private static final DateTimeFormatter PREFIX = DateTimeFormatter.ofPattern("yyMMddHHmmss");

    private final AtomicLong counter = new AtomicLong();
    private final Clock clock;

    ReferenceNumbers(Clock clock) {
        this.clock = clock;
    }

    String next() {
        return PREFIX.format(clock.instant().atZone(SnapTimestamps.JAKARTA))
                + String.format("%08d", counter.incrementAndGet());
    }
}
