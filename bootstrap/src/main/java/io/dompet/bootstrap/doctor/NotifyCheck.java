package io.dompet.bootstrap.doctor;

import io.dompet.adapter.finpay.notify.NotifySettings;
import io.dompet.adapter.finpay.notify.NotifyStringToSign;
import io.dompet.adapter.finpay.signature.SignatureEncoding;
import io.dompet.adapter.finpay.notify.NotifyVerifierAdapter;
import io.dompet.adapter.finpay.transport.FinpayAnswer;
import io.dompet.adapter.finpay.transport.FinpayHttp;
import io.dompet.adapter.web.callback.FinpayCallbackController;
import io.dompet.application.port.out.NotificationVerifierPort.NotificationVerification;
import io.dompet.bootstrap.doctor.DoctorReport.Verdict;
import io.dompet.autoconfigure.properties.NotifyProperties;
import io.dompet.domain.topup.RawNotification;
import java.security.interfaces.RSAKey;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The doctor's Notify Top Up check: Finpay calls dompet here, so there is nothing to call. In sandbox mode dompet's own
 * verifier checks a notification signed locally with the sandbox's Finpay key (see {@link SandboxNotifySigner}), with
 * the configured recipe first and, if it does not verify, with the recipe switches' other values. In live mode only
 * Finpay can sign: the check says whether {@code dompet.finpay.notify.public-key} parses, which recipe is in force, and
 * how to confirm it with a real notification.
 */
final class NotifyCheck {

    static final String CALL = "Notify verifier";
    static final String VERIFIER = "dompet Notify verifier";
    /** The verifier's reason for a signature that does not verify by the configured recipe. */
    static final String SIGNATURE_DOES_NOT_VERIFY = "signature does not verify";
    /** The switches of the recipe (PROTOCOL.md §2, §5 question 2). */
    static final List<Switch> SWITCHES = List.of(
            Switch.of(NotifyProperties.PREFIX + ".string-to-sign", NotifyStringToSign.values()),
            Switch.of(NotifyProperties.PREFIX + ".signature-encoding", SignatureEncoding.values()));

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX").withZone(ZoneId.of("Asia/Jakarta"));
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ConfiguredValues values;
    private final Clock clock;
    private final @Nullable SandboxNotifySigner signer;

    /** @param signer the sandbox's signer in sandbox mode; {@code null} in live mode */
    NotifyCheck(ConfiguredValues values, Clock clock, @Nullable SandboxNotifySigner signer) {
        this.values = values;
        this.clock = clock;
        this.signer = signer;
    }

    void check(DoctorReport report) {
        NotifyProperties configured = values.bind(NotifyProperties.PREFIX, NotifyProperties.class, Map.of());
        NotifySettings settings;
        try {
            settings = configured.settings(clock);
        } catch (RuntimeException e) {
            report.add(CALL, Verdict.REFUSED, "dompet cannot use its Notify configuration: " + e.getMessage());
            return;
        }
        if (signer == null) {
            report.add(CALL, Verdict.CHECKED, NotifyProperties.PREFIX + ".public-key parses (RSA-"
                    + ((RSAKey) settings.finpayPublicKey()).getModulus().bitLength() + "); recipe in force: "
                    + recipe() + ". dompet cannot sign as Finpay: confirm with a real notification from"
                    + " Finpay's staging. One that does not verify is refused 401 4010000, and dompet logs a WARN"
                    + " \"Notify Top Up signature does not verify with …\" naming the recipe that would verify");
            return;
        }
        RawNotification notification = signedNotification(configured, signer);
        SwitchSearch search = new SwitchSearch(report, 0,
                option -> values.current(option, NotifyProperties.PREFIX, NotifyProperties.class), false);
        search.check(new Probe(CALL, VERIFIER, SWITCHES, answered -> answered.httpStatus() == 200,
                answered -> answered.description().equals(SIGNATURE_DOES_NOT_VERIFY),
                "check " + NotifyProperties.PREFIX + ".public-key (the sandbox's in sandbox mode) and signed-path",
                "dompet's verifier accepts a notification signed with the sandbox's key, as the sandbox signs"),
                overrides -> List.of(new FinpayHttp.Exchange(VERIFIER, answer(new NotifyVerifierAdapter(
                        values.bind(NotifyProperties.PREFIX, NotifyProperties.class, overrides).settings(clock))
                        .verify(notification)))));
    }

    /** The recipe in force, as its switches' values. */
    private String recipe() {
        StringBuilder recipe = new StringBuilder();
        for (Switch option : SWITCHES) {
            recipe.append(recipe.isEmpty() ? "" : ", ").append(option.shortName()).append('=')
                    .append(values.current(option, NotifyProperties.PREFIX, NotifyProperties.class));
        }
        return recipe.toString();
    }

    /**
     * A notification as the sandbox sends one: pretty-printed (so that a recipe hashing the raw body and one hashing it
     * minified differ), for the configured partner and merchant, at the callback path (or the configured signed path).
     */
    private RawNotification signedNotification(NotifyProperties configured, SandboxNotifySigner signer) {
        String timestamp = TIMESTAMP.format(clock.instant());
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("referenceNo", "DOCTOR" + clock.millis());
        body.put("phoneNo", "6281234567890");
        body.put("transactionDate", timestamp);
        body.put("merchantId", configured.merchantId() == null ? "DOCTOR" : configured.merchantId());
        ObjectNode amount = body.putObject("amount");
        amount.put("value", ConnectionDoctor.INQUIRY_AMOUNT.toPlainString());
        amount.put("currency", "IDR");
        body.put("channel", "alfamart");
        byte[] pretty = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(body);
        byte[] compact = JSON.writeValueAsBytes(body);
        String path = configured.signedPath() != null && !configured.signedPath().isBlank() ? configured.signedPath()
                : FinpayCallbackController.NOTIFY_TOP_UP;
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Content-Type", List.of("application/json"));
        headers.put("X-TIMESTAMP", List.of(timestamp));
        headers.put("X-SIGNATURE", List.of(signer.sign(path, pretty, compact, timestamp)));
        headers.put("X-EXTERNAL-ID", List.of(Long.toString(clock.millis())));
        if (configured.partnerId() != null) {
            headers.put("X-PARTNER-ID", List.of(configured.partnerId()));
        }
        return new RawNotification(FinpayCallbackController.NOTIFY_TOP_UP, headers, pretty, clock.instant());
    }

    /** The verifier's verdict as the answer dompet's callback gives Finpay for it. */
    private static FinpayAnswer answer(NotificationVerification verification) {
        JsonNode none = JsonNodeFactory.instance.objectNode();
        if (verification instanceof NotificationVerification.Verified) {
            return new FinpayAnswer.Answered(200, "2000000", "verified", none);
        }
        if (verification instanceof NotificationVerification.Unauthenticated refused) {
            return new FinpayAnswer.Answered(401, "4010000", refused.reason(), none);
        }
        if (verification instanceof NotificationVerification.Stale stale) {
            return new FinpayAnswer.Answered(401, "4010000", stale.reason(), none);
        }
        if (verification instanceof NotificationVerification.InvalidField invalid) {
            return new FinpayAnswer.Answered(400, invalid.missing() ? "4000002" : "4000001",
                    invalid.field() + " " + invalid.problem(), none);
        }
        return new FinpayAnswer.Answered(400, "4000001", ((NotificationVerification.Malformed) verification).reason(),
                none);
    }
}
