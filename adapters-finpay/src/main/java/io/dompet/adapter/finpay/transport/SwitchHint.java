package io.dompet.adapter.finpay.transport;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The words a log line adds when Finpay's refusal may mean that one of dompet's protocol switches (an open question
 * of PROTOCOL.md §5, {@code docs/finpay.md}) is set unlike Finpay: the property, its current value and the value(s)
 * to try, written as they are configured ({@code BASE64} as {@code base64}, {@code SNAP_RAW_BODY} as
 * {@code snap-raw-body}), e.g. {@code dompet.finpay.snap.signature-encoding=base64 (try hex)}.
 */
public final class SwitchHint {

    private SwitchHint() {
    }

    /** {@code property=current (try other or …)}, trying every other constant of the enum. */
    public static <E extends Enum<E>> String of(String property, E current) {
        return of(property, current, Arrays.stream(current.getDeclaringClass().getEnumConstants())
                .filter(constant -> constant != current).toArray());
    }

    /** {@code property=current (try other or …)}. */
    public static String of(String property, Object current, Object... others) {
        return property + "=" + value(current) + " (try "
                + Arrays.stream(others).map(SwitchHint::value).collect(Collectors.joining(" or ")) + ")";
    }

    /** A value as it is written in the configuration. */
    public static String value(Object value) {
        return value instanceof Enum<?> constant
                ? constant.name().toLowerCase(Locale.ROOT).replace('_', '-')
                : String.valueOf(value);
    }
}
