package io.dompet.sandbox.money;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The six channels through which a Finpay Money customer tops up (PROTOCOL.md §2), with their page labels. */
final class WidgetChannels {

    static final Map<String, String> LABELS;
    static {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("vabri", "BRI Virtual Account");
        labels.put("vamandiri", "Mandiri Virtual Account");
        labels.put("vabca", "BCA Virtual Account");
        labels.put("pegadaian", "Pegadaian");
        labels.put("posindo", "Pos Indonesia");
        labels.put("alfamart", "Alfamart");
        LABELS = java.util.Collections.unmodifiableMap(labels);
    }

    /** {@code vabri}, {@code vamandiri}, {@code vabca}, {@code pegadaian}, {@code posindo}, {@code alfamart}. */
    static final List<String> CODES = List.copyOf(LABELS.keySet());

    private WidgetChannels() {
    }
}
