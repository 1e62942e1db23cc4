package io.dompet.autoconfigure.properties;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The names of the required properties under one prefix that are not set (null or blank), in the order checked. */
final class Required {

    private final String prefix;
    private final List<String> missing = new ArrayList<>();

    Required(String prefix) {
        this.prefix = prefix;
    }

    Required check(String name, @Nullable Object value) {
        if (value == null || value.toString().isBlank()) {
            missing.add(prefix + "." + name);
        }
        return this;
    }

    List<String> missing() {
        return List.copyOf(missing);
    }
}
