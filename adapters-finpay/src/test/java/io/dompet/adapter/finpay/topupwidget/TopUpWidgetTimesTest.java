package io.dompet.adapter.finpay.topupwidget;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TopUpWidgetTimesTest {

    @Test
    void reqDtimeIsJakartaTimeWhateverTheJvmZone() {
        TimeZone original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));

            assertThat(TopUpWidgetTimes.reqDtime(Instant.parse("2024-08-14T09:51:51Z"))).isEqualTo("20240814165151");
            assertThat(TopUpWidgetTimes.reqDtime(Instant.parse("2024-12-31T17:00:00Z"))).isEqualTo("20250101000000");
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"24-AUG-24 16:23:30", "24-Aug-24 16:23:30", "24-aug-24 16:23:30", " 24-AUG-24 16:23:30 "})
    void tokenExpiryIsReadAsJakartaTimeWithTheMonthInAnyCase(String text) {
        assertThat(TopUpWidgetTimes.tokenExpiry(text)).contains(Instant.parse("2024-08-24T09:23:30Z"));
    }

    @Test
    void tokenExpiryReadsEveryMonthAndTwoDigitYearsAsThisCentury() {
        assertThat(TopUpWidgetTimes.tokenExpiry("01-JAN-25 00:00:00")).contains(Instant.parse("2024-12-31T17:00:00Z"));
        assertThat(TopUpWidgetTimes.tokenExpiry("30-SEP-24 23:59:59")).contains(Instant.parse("2024-09-30T16:59:59Z"));
        assertThat(TopUpWidgetTimes.tokenExpiry("9-DEC-24 07:00:00")).contains(Instant.parse("2024-12-09T00:00:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2024-08-24 16:23:30", "31-FEB-24 16:23:30", "24-AUGUST-24 16:23:30",
            "24-AUG-24 25:00:00", "24-AUG-24", "24-08-24 16:23:30"})
    void tokenExpiryInAnotherFormatIsNotRead(String text) {
        assertThat(TopUpWidgetTimes.tokenExpiry(text)).isEmpty();
    }
}
