package io.dompet.adapter.finpay.topupwidget;

import io.dompet.adapter.finpay.transport.UniqueSuffixes;
import java.time.Clock;
import java.util.Objects;

/**
 * Fresh {@code transNumber}s for Get Token (the widget's comes from the application): 30 ASCII digits (Finpay
 * accepts at most 100), unique across instances — 14 digits of Jakarta time ({@code yyyyMMddHHmmss}, as in Finpay's
 * samples), 6 digits of a per-instance counter and 10 random digits.
 */
final class TransNumberGenerator {

    private final Clock clock;
    private final UniqueSuffixes suffixes = new UniqueSuffixes(10);

    TransNumberGenerator(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
    }

    String next() {
        return TopUpWidgetTimes.reqDtime(clock.instant()) + suffixes.next();
    }
}
