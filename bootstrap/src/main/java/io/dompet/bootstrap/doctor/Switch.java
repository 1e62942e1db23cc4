package io.dompet.bootstrap.doctor;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A configuration switch the doctor can vary: its property and every value it takes, spelled as the documentation
 * spells them (and as Spring binds them).
 *
 * @param property e.g. {@code dompet.finpay.snap.signature-encoding}
 * @param values   every value, e.g. {@code base64}, {@code hex}
 */
record Switch(String property, List<String> values) {

    Switch {
        values = List.copyOf(values);
        if (values.size() < 2) {
            throw new IllegalArgumentException(property + " needs at least two values to vary");
        }
    }

    /** A switch bound to an adapter enum, each constant spelled in lower case with dashes ({@code SNAP_RAW_BODY} → {@code snap-raw-body}). */
    static <E extends Enum<E>> Switch of(String property, E[] values) {
        return of(property, values, value -> value.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /** A switch bound to an adapter enum whose constants are spelled by {@code spelling}. */
    static <E extends Enum<E>> Switch of(String property, E[] values, Function<E, String> spelling) {
        return new Switch(property, Arrays.stream(values).map(spelling).toList());
    }

    /** The property without its API's prefix, as the report's lines name it: {@code signature-encoding}. */
    String shortName() {
        return property.substring(property.lastIndexOf('.') + 1);
    }
}
