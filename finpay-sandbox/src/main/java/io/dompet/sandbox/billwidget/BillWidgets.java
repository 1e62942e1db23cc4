package io.dompet.sandbox.billwidget;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every widget generated, by token, and every {@code trxId} and {@code uniqKey} used, for the sandbox's lifetime
 * (expired widgets are kept, so their page can say so). Thread-safe; a {@code trxId} or {@code uniqKey} is taken
 * atomically.
 */
final class BillWidgets {

    private static final int TOKEN_BYTES = 32;
    private static final DateTimeFormatter REQ_ID_TIME = DateTimeFormatter.ofPattern("yyMMddHHmmss", Locale.ROOT);

    private final SecureRandom random = new SecureRandom();
    private final Map<String, BillWidget> byToken = new ConcurrentHashMap<>();
    private final Set<String> trxIds = new HashSet<>();
    private final Set<String> uniqKeys = new HashSet<>();

    /**
     * Opens a widget for {@code request}, valid from {@code now} for its {@code timeout}.
     *
     * @throws io.dompet.sandbox.http.RequestRejectedException {@code 4090000} when its {@code trxId} or
     *         {@code uniqKey} was used by an earlier widget
     */
    BillWidget open(GenerateRequest request, Instant now) {
        synchronized (this) {
            if (trxIds.contains(request.trxId())) {
                throw WidgetError.duplicate("trxId").rejection();
            }
            if (uniqKeys.contains(request.uniqKey())) {
                throw WidgetError.duplicate("uniqKey").rejection();
            }
            trxIds.add(request.trxId());
            uniqKeys.add(request.uniqKey());
        }
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String reqId = REQ_ID_TIME.format(now.atZone(WidgetTime.JAKARTA))
                + String.format(Locale.ROOT, "%08d", random.nextInt(100_000_000));
        BillWidget widget = new BillWidget(HexFormat.of().formatHex(bytes), reqId, request.trxId(), request.uniqKey(),
                request.productCodes(), request.terminalName(), request.billInfo(), request.backUrl(), now,
                now.plus(request.timeout()));
        byToken.put(widget.token(), widget);
        return widget;
    }

    /** The widget of {@code token}, expired or not. */
    Optional<BillWidget> find(String token) {
        return token == null ? Optional.empty() : Optional.ofNullable(byToken.get(token));
    }
}
