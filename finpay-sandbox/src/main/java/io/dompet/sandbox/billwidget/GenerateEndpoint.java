package io.dompet.sandbox.billwidget;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import io.dompet.sandbox.config.BillWidgetVariant;
import io.dompet.sandbox.http.Endpoint;
import io.dompet.sandbox.http.Json;
import io.dompet.sandbox.http.Reply;
import io.dompet.sandbox.http.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /v1/widget/generate}. Checked in this order, the first failure answers: the body is a JSON object
 * with no field twice ({@code 4000000}); every field ({@link GenerateRequest#read}, {@code 4000001}/{@code 4000002}; the merchant id in the
 * configured merchant-id field alone, {@code billInfo.amount} in the configured format, {@link BillWidgetVariant});
 * the merchant id is the configured one ({@code 4010001}); {@code merchantSignature} ({@code 4010000}); the
 * {@code timestamp} within 5 minutes of the clock ({@code 4010002}); every product code known ({@code 4040000});
 * {@code trxId} and {@code uniqKey} unused ({@code 4090000}). Then a widget is opened and its {@code redirectURL}
 * answered. Only a request that passed every check uses up its {@code trxId} and {@code uniqKey}.
 */
final class GenerateEndpoint implements Endpoint {

    static final String PATH = "/v1/widget/generate";
    static final Duration TIMESTAMP_WINDOW = Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(GenerateEndpoint.class);

    private final String merchantId;
    private final MerchantSignature signature;
    private final Billers billers;
    private final BillWidgets widgets;
    private final Supplier<URI> baseUrl;
    private final Clock clock;
    private final BillWidgetVariant variant;

    GenerateEndpoint(String merchantId, BillWidgetVariant variant, MerchantSignature signature, Billers billers,
                     BillWidgets widgets, Supplier<URI> baseUrl, Clock clock) {
        this.merchantId = merchantId;
        this.variant = variant;
        this.signature = signature;
        this.billers = billers;
        this.widgets = widgets;
        this.baseUrl = baseUrl;
        this.clock = clock;
    }

    @Override
    public Reply handle(Request request) {
        BillWidget widget = widgets.open(admit(request), clock.instant());
        log.info("Finpay sandbox bill widget generate -> HTTP 200 {} (trxId {}, {} product code(s), bill {},"
                        + " valid until {})", WidgetAnswer.SUCCESS_CODE, widget.trxId(),
                widget.productCodes().size(), widget.billInfo() != null ? "included" : "none",
                WidgetTime.iso(widget.expiresAt()));
        return WidgetAnswer.success(new WidgetAnswer.Generated(WidgetAnswer.SUCCESS_CODE, "Success",
                redirectUrl(request, widget)));
    }

    private GenerateRequest admit(Request request) {
        JsonNode body;
        try {
            body = Json.readTree(request.body());
        } catch (JacksonException e) {
            throw WidgetError.BAD_REQUEST.rejection();
        }
        if (body == null || !body.isObject()) {
            throw WidgetError.BAD_REQUEST.rejection();
        }
        SignedFields signed = SignedFields.read(request.body()).orElseThrow(WidgetError.BAD_REQUEST::rejection);
        GenerateRequest generate = GenerateRequest.read(body, variant);
        if (!merchantId.equals(generate.merchantId())) {
            throw WidgetError.UNKNOWN_MERCHANT.rejection();
        }
        if (!signature.verifies(signed, generate.merchantSignature())) {
            throw WidgetError.INVALID_SIGNATURE.rejection();
        }
        Instant now = clock.instant();
        if (Duration.between(generate.timestamp(), now).abs().compareTo(TIMESTAMP_WINDOW) > 0) {
            throw WidgetError.TIMESTAMP_OUT_OF_RANGE.rejection();
        }
        for (String code : generate.productCodes()) {
            if (billers.name(code).isEmpty()) {
                throw WidgetError.unknownProductCode(code).rejection();
            }
        }
        return generate;
    }

    private String redirectUrl(Request request, BillWidget widget) {
        URI base = baseUrl.get();
        String origin = base != null ? base.toString() : "http://" + request.header("Host").orElse("localhost");
        return origin + BillPageEndpoint.PATH + "?token=" + widget.token();
    }
}
