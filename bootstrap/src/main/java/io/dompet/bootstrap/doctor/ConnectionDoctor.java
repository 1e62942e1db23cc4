package io.dompet.bootstrap.doctor;

import io.dompet.adapter.finpay.billwidget.BillAmountFormat;
import io.dompet.adapter.finpay.billwidget.FinpayBillWidgetAdapter;
import io.dompet.adapter.finpay.billwidget.MerchantIdField;
import io.dompet.adapter.finpay.billwidget.SignatureValueStyle;
import io.dompet.adapter.finpay.signature.HexCase;
import io.dompet.adapter.finpay.signature.SignatureEncoding;
import io.dompet.adapter.finpay.signature.UpperCasing;
import io.dompet.adapter.finpay.snap.OriginalReferenceNo;
import io.dompet.adapter.finpay.snap.SnapEmoneyAdapter;
import io.dompet.adapter.finpay.topupwidget.FinpayTopUpWidgetAdapter;
import io.dompet.adapter.finpay.topupwidget.TopUpWidgetSettings;
import io.dompet.adapter.finpay.transport.FinpayHttp;
import io.dompet.application.port.out.BillWidgetPort;
import io.dompet.application.port.out.EmoneyTopUpPort;
import io.dompet.application.port.out.TopUpWidgetPort;
import io.dompet.bootstrap.doctor.DoctorReport.Verdict;
import io.dompet.autoconfigure.properties.BillWidgetProperties;
import io.dompet.autoconfigure.properties.SnapProperties;
import io.dompet.autoconfigure.properties.TopUpWidgetProperties;
import io.dompet.domain.billwidget.BillInfo;
import io.dompet.domain.billwidget.BillWidget;
import io.dompet.domain.billwidget.ProductCode;
import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topup.PartnerReferenceNo;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The connection doctor: for each Finpay API, the least harmful calls dompet can make with its configuration, through
 * the adapters' own ports (so with their signatures, timeouts and request shapes), and on a refusal a switch can
 * explain, the same call with the switch's other values until Finpay accepts one (see {@link SwitchSearch}). It never
 * sends a top-up and stores nothing: an account inquiry and a status inquiry of a reference never sent (SNAP), a token
 * and a widget URL for the test number (Finpay Money: no money moves), a bill widget with the shortest lifetime, and
 * dompet's own Notify verifier ({@link NotifyCheck}). Every call has the adapters' timeouts, and a run makes at most
 * {@code dompet.doctor.max-calls} HTTP exchanges.
 */
final class ConnectionDoctor {

    static final Switch SNAP_SIGNATURE_ENCODING =
            Switch.of(SnapProperties.PREFIX + ".signature-encoding", SignatureEncoding.values());
    static final Switch SNAP_ORIGINAL_REFERENCE_NO = Switch.of(OriginalReferenceNo.PROPERTY, OriginalReferenceNo.values());
    static final Switch MONEY_SIGNATURE_KEY_CASE =
            Switch.of(TopUpWidgetProperties.PREFIX + ".signature-key-case", HexCase.values());
    /** The two spellings of PROTOCOL.md §3.2: the sample's (dompet's default) and the field table's. */
    static final Switch MONEY_WIDGET_REQUEST_TYPE = new Switch(TopUpWidgetProperties.PREFIX + ".widget-request-type",
            List.of(TopUpWidgetSettings.DEFAULT_WIDGET_REQUEST_TYPE, "widgetTopup"));
    static final Switch BILL_SIGNATURE_CASE =
            Switch.of(BillWidgetProperties.PREFIX + ".signature-case", HexCase.values());
    static final Switch BILL_MERCHANT_ID_FIELD = Switch.of(BillWidgetProperties.PREFIX + ".merchant-id-field",
            MerchantIdField.values(), MerchantIdField::fieldName);
    static final Switch BILL_SIGNATURE_VALUE_STYLE =
            Switch.of(BillWidgetProperties.PREFIX + ".signature-value-style", SignatureValueStyle.values());
    static final Switch BILL_SIGNATURE_UPPER_CASE =
            Switch.of(BillWidgetProperties.PREFIX + ".signature-upper-case", UpperCasing.values());
    static final Switch BILL_AMOUNT_FORMAT =
            Switch.of(BillWidgetProperties.PREFIX + ".bill-amount-format", BillAmountFormat.values());

    /** The amount of the account inquiry: an inquiry moves no money, any plausible amount does. */
    static final Money INQUIRY_AMOUNT = Money.idr(10_000);
    private static final DateTimeFormatter ID_TIME =
            DateTimeFormatter.ofPattern("yyMMddHHmmss").withZone(ZoneId.of("Asia/Jakarta"));
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ConfiguredValues values;
    private final DoctorProperties doctor;
    private final Clock clock;
    private final NotifyCheck notify;

    ConnectionDoctor(ConfiguredValues values, DoctorProperties doctor, Clock clock, NotifyCheck notify) {
        this.values = values;
        this.doctor = doctor;
        this.clock = clock;
        this.notify = notify;
    }

    /** Makes every call and says how each went. */
    DoctorReport examine() {
        DoctorReport report = new DoctorReport();
        unlessUnusable(report, "SNAP", () -> snap(report));
        unlessUnusable(report, "Money", () -> topUpWidget(report));
        unlessUnusable(report, "bill widget", () -> billWidget(report));
        unlessUnusable(report, "Notify verifier", () -> notify.check(report));
        return report;
    }

    /**
     * Runs one API's checks; a configuration its adapter refuses (a malformed URL, an unusable key) ends them with a
     * line saying why, in the adapter's words, which name the property and never repeat a secret.
     */
    private static void unlessUnusable(DoctorReport report, String api, Runnable checks) {
        try {
            checks.run();
        } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
            report.add(api, Verdict.NOT_CHECKED, "not made: dompet cannot use this configuration: " + e.getMessage());
        }
    }

    private void snap(DoctorReport report) {
        List<String> calls = List.of("SNAP access-token", "SNAP account-inquiry", "SNAP topup-status");
        if (incomplete(report, calls, values.bind(SnapProperties.PREFIX, SnapProperties.class, Map.of()).missing())) {
            return;
        }
        PhoneNumber customer = doctor.testCustomer();
        Function<Map<String, String>, SnapEmoneyAdapter> adapters = memo(overrides -> new SnapEmoneyAdapter(
                values.bind(SnapProperties.PREFIX, SnapProperties.class, overrides).settings(clock)));
        SwitchSearch search = search(report, SnapProperties.PREFIX, SnapProperties.class);
        SwitchSearch.Runner inquiry = overrides -> FinpayHttp.recording(() -> adapters.apply(overrides).inquire(
                new EmoneyTopUpPort.AccountInquiry(new PartnerReferenceNo(freshReference()), customer, INQUIRY_AMOUNT, clock.instant())))
                .exchanges();
        search.check(new Probe(calls.get(0), "Finpay SNAP access-token", List.of(), Answers::success,
                answered -> false, "nothing to vary (SHA256withRSA): check " + SnapProperties.PREFIX + ".client-id and"
                + " that Finpay holds the public key of " + SnapProperties.PREFIX + ".private-key"), inquiry);
        search.check(new Probe(calls.get(1), "Finpay SNAP account-inquiry", List.of(SNAP_SIGNATURE_ENCODING),
                Answers::successOrAboutTheCustomer, Answers::unauthorized,
                "check " + SnapProperties.PREFIX + ".client-secret"), inquiry);
        SwitchSearch.Runner status = overrides -> FinpayHttp.recording(() -> adapters.apply(overrides).status(
                new EmoneyTopUpPort.StatusInquiry(new PartnerReferenceNo(freshReference()), null, INQUIRY_AMOUNT))).exchanges();
        search.check(new Probe(calls.get(2), "Finpay SNAP topup-status",
                List.of(SNAP_ORIGINAL_REFERENCE_NO, SNAP_SIGNATURE_ENCODING),
                Answers::successOrNotFound,
                answered -> Answers.unauthorized(answered) || Answers.fieldRefusal(answered),
                "check " + SnapProperties.PREFIX + ".client-secret", "about a reference never sent"), status);
    }

    private void topUpWidget(DoctorReport report) {
        List<String> calls = List.of("Money getToken", "Money widget/topup");
        if (incomplete(report, calls,
                values.bind(TopUpWidgetProperties.PREFIX, TopUpWidgetProperties.class, Map.of()).missing())) {
            return;
        }
        PhoneNumber customer = doctor.testCustomer();
        Function<Map<String, String>, FinpayTopUpWidgetAdapter> adapters = memo(overrides ->
                new FinpayTopUpWidgetAdapter(values.bind(TopUpWidgetProperties.PREFIX, TopUpWidgetProperties.class,
                        overrides).settings(clock)));
        SwitchSearch search = search(report, TopUpWidgetProperties.PREFIX, TopUpWidgetProperties.class);
        SwitchSearch.Runner widget = overrides -> FinpayHttp.recording(() -> adapters.apply(overrides).openWidget(
                new TopUpWidgetPort.WidgetRequest(freshReference(), customer, clock.instant()))).exchanges();
        String credentials = "check " + TopUpWidgetProperties.PREFIX + ".username, password and secret-key";
        search.check(new Probe(calls.get(0), "Finpay Money getToken", List.of(MONEY_SIGNATURE_KEY_CASE),
                Answers::moneySuccess, answered -> true, credentials), widget);
        search.check(new Probe(calls.get(1), "Finpay Money widget/topup", List.of(MONEY_WIDGET_REQUEST_TYPE),
                Answers::moneySuccess, answered -> true, credentials,
                "a widget URL was issued for the test number; it moves no money"), widget);
    }

    private void billWidget(DoctorReport report) {
        List<String> calls = List.of("bill widget generate");
        BillWidgetProperties configured = values.bind(BillWidgetProperties.PREFIX, BillWidgetProperties.class,
                Map.of());
        if (incomplete(report, calls, configured.missing())) {
            return;
        }
        List<ProductCode> products = List.of(new ProductCode(doctor.productCode()));
        @Nullable BillInfo bill = doctor.billInfo() ? new BillInfo("DOCTOR1", INQUIRY_AMOUNT, null, null, null, null)
                : null;
        SwitchSearch search = search(report, BillWidgetProperties.PREFIX, BillWidgetProperties.class);
        SwitchSearch.Runner generate = overrides -> {
            FinpayBillWidgetAdapter adapter = new FinpayBillWidgetAdapter(
                    values.bind(BillWidgetProperties.PREFIX, BillWidgetProperties.class, overrides).settings());
            String trxId = freshReference();
            return FinpayHttp.recording(() -> adapter.generate(new BillWidgetPort.GenerateRequest(trxId, trxId,
                    products, bill, false, BillWidget.MIN_TIMEOUT, configured.backUrl(), configured.returnUrl(),
                    clock.instant()))).exchanges();
        };
        search.check(new Probe(calls.get(0), "Finpay bill widget generate", billWidgetSwitches(configured, bill),
                Answers::billWidgetSuccess, Answers::signatureOrFieldRefusal,
                "check " + BillWidgetProperties.PREFIX + ".merchant-id and merchant-key"), generate);
    }

    /**
     * The switches that can change the bill widget's signature for this request: {@code signature-upper-case} only
     * when a configured value that is signed has a non-ASCII character (else both upper-case alike), and
     * {@code bill-amount-format} only when the doctor sends a bill.
     */
    static List<Switch> billWidgetSwitches(BillWidgetProperties configured, @Nullable BillInfo bill) {
        List<Switch> switches = new ArrayList<>(List.of(BILL_SIGNATURE_CASE, BILL_MERCHANT_ID_FIELD,
                BILL_SIGNATURE_VALUE_STYLE));
        if (Stream.of(configured.merchantId(), configured.terminal(), configured.terminalName(), configured.backUrl(),
                configured.returnUrl()).anyMatch(value -> value != null && !value.chars().allMatch(c -> c < 0x80))) {
            switches.add(BILL_SIGNATURE_UPPER_CASE);
        }
        if (bill != null) {
            switches.add(BILL_AMOUNT_FORMAT);
        }
        return switches;
    }

    private SwitchSearch search(DoctorReport report, String prefix, Class<?> type) {
        return new SwitchSearch(report, doctor.maxCalls(), option -> values.current(option, prefix, type), true);
    }

    /** Reports every call of an API as not made when required properties are missing. */
    private static boolean incomplete(DoctorReport report, List<String> calls, List<String> missing) {
        if (missing.isEmpty()) {
            return false;
        }
        calls.forEach(call -> report.add(call, Verdict.NOT_CHECKED, "not made: set " + String.join(", ", missing)));
        return true;
    }

    /** One adapter per combination of overrides, so that a token is asked for once per combination. */
    private static <A> Function<Map<String, String>, A> memo(Function<Map<String, String>, A> build) {
        Map<Map<String, String>, A> built = new HashMap<>();
        return overrides -> built.computeIfAbsent(Map.copyOf(overrides), build);
    }

    /**
     * A fresh reference, {@code transNumber}, {@code trxId} or {@code uniqKey}: {@code DOCTOR}, Jakarta time and six
     * random digits (24 characters), so that Finpay's logs show what the doctor sent and no real reference is ever met.
     */
    private String freshReference() {
        return "DOCTOR" + ID_TIME.format(clock.instant()) + String.format("%06d", RANDOM.nextInt(1_000_000));
    }
}
