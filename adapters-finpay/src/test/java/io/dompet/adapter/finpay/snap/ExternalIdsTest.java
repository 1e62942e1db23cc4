package io.dompet.adapter.finpay.snap;

import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.adapter.finpay.transport.FreshIds;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExternalIdsTest {

    @Test
    void idsAreAtMost32AsciiDigits() {
        FreshIds ids = SnapHeaders.externalIds(Clock.systemUTC());

        assertThat(ids.next()).matches("[0-9]{1,32}");
    }

    @Test
    void idsAreDistinctEvenWithinOneMillisecond() {
        FreshIds ids = SnapHeaders.externalIds(Clock.fixed(Instant.parse("2024-04-17T05:03:38Z"), ZoneOffset.UTC));
        Set<String> seen = new HashSet<>();

        for (int i = 0; i < 100_000; i++) {
            seen.add(ids.next());
        }

        assertThat(seen).hasSize(100_000);
    }
}
