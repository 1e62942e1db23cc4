package io.dompet.autoconfigure.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.autoconfigure.properties.BillWidgetProperties;
import io.dompet.autoconfigure.properties.NotifyProperties;
import io.dompet.autoconfigure.properties.SandboxProperties;
import io.dompet.autoconfigure.properties.SnapProperties;
import io.dompet.autoconfigure.properties.TopUpWidgetProperties;
import io.dompet.sandbox.FinpaySandbox;
import io.dompet.sandbox.config.BillWidgetSignatureCase;
import io.dompet.sandbox.config.BillWidgetVariant;
import io.dompet.sandbox.config.MerchantIdField;
import io.dompet.sandbox.config.MoneySignatureKeyCase;
import io.dompet.sandbox.config.NotifyVariant;
import io.dompet.sandbox.config.SandboxSettings;
import io.dompet.sandbox.config.SignatureEncoding;
import io.dompet.sandbox.config.SnapVariant;
import io.dompet.sandbox.config.WidgetRequestType;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The in-process sandbox plays the Finpay variant dompet's switches are set to, so dompet set any way works. */
class SandboxConfigurationTest {

    @Test
    void withDompetsDefaultsTheSandboxKeepsItsOwnDefaults() {
        try (FinpaySandbox sandbox = start(Map.of())) {
            SandboxSettings settings = sandbox.settings();
            SandboxSettings defaults = SandboxSettings.defaults();

            assertThat(settings.snapVariant().signatureEncoding()).isEqualTo(defaults.snapVariant().signatureEncoding());
            assertThat(settings.snapVariant().originalReferenceNo())
                    .isEqualTo(defaults.snapVariant().originalReferenceNo()).isEqualTo(SnapVariant.OriginalReferenceNo.OMIT);
            assertThat(settings.moneyWidgetVariant().signatureKeyCase()).isEqualTo(defaults.moneyWidgetVariant().signatureKeyCase());
            assertThat(settings.moneyWidgetVariant().requestType()).isEqualTo(defaults.moneyWidgetVariant().requestType());
            assertThat(settings.billWidgetVariant().merchantIdField()).isEqualTo(defaults.billWidgetVariant().merchantIdField());
            assertThat(settings.billWidgetVariant().signatureCase()).isEqualTo(defaults.billWidgetVariant().signatureCase());
            assertThat(settings.billWidgetVariant()).isEqualTo(defaults.billWidgetVariant());
            assertThat(settings.notifyVariant()).isEqualTo(defaults.notifyVariant());
        }
    }

    @Test
    void everyDompetSwitchSetTheOtherWayIsMirroredIntoTheSandbox() {
        try (FinpaySandbox sandbox = start(Map.of(
                "dompet.finpay.snap.signature-encoding", "hex",
                "dompet.finpay.money.signature-key-case", "lower",
                "dompet.finpay.money.widget-request-type", "widgetTopup",
                "dompet.finpay.bill-widget.merchant-id-field", "username",
                "dompet.finpay.bill-widget.signature-case", "upper",
                "dompet.finpay.bill-widget.signature-value-style", "php",
                "dompet.finpay.bill-widget.signature-upper-case", "unicode",
                "dompet.finpay.bill-widget.bill-amount-format", "integer",
                "dompet.finpay.notify.signature-encoding", "hex",
                "dompet.finpay.notify.string-to-sign", "snap-raw-body"))) {
            SandboxSettings settings = sandbox.settings();

            assertThat(settings.snapVariant().signatureEncoding()).isEqualTo(SignatureEncoding.HEX);
            assertThat(settings.moneyWidgetVariant().signatureKeyCase()).isEqualTo(MoneySignatureKeyCase.LOWER);
            assertThat(settings.moneyWidgetVariant().requestType()).isEqualTo(WidgetRequestType.WIDGET_TOPUP);
            assertThat(settings.billWidgetVariant().merchantIdField()).isEqualTo(MerchantIdField.USERNAME);
            assertThat(settings.billWidgetVariant().signatureCase()).isEqualTo(BillWidgetSignatureCase.UPPER);
            assertThat(settings.billWidgetVariant().valueStyle()).isEqualTo(BillWidgetVariant.ValueStyle.PHP);
            assertThat(settings.billWidgetVariant().upperCase()).isEqualTo(BillWidgetVariant.UpperCase.UNICODE);
            assertThat(settings.billWidgetVariant().billAmountFormat()).isEqualTo(BillWidgetVariant.BillAmountFormat.INTEGER);
            assertThat(settings.notifyVariant()).isEqualTo(new NotifyVariant(SignatureEncoding.HEX,
                    NotifyVariant.StringToSign.SNAP_RAW_BODY));
        }
    }

    @Test
    void theStatusInquirysOriginalReferenceFormIsMirroredIntoTheSandbox() {
        try (FinpaySandbox sandbox = start(Map.of("dompet.finpay.snap.original-reference-no", "empty"))) {
            assertThat(sandbox.settings().snapVariant().originalReferenceNo())
                    .isEqualTo(SnapVariant.OriginalReferenceNo.EMPTY);
        }
    }

    @Test
    void theInquiryReferenceIsNotMirroredTheSandboxKeepsReferencesUniqueAcrossServices() {
        try (FinpaySandbox sandbox = start(Map.of("dompet.finpay.snap.inquiry-reference", "shared"))) {
            assertThat(sandbox.settings().snapVariant().referenceUniqueness())
                    .isEqualTo(SnapVariant.ReferenceUniqueness.ACROSS_SERVICES);
        }
    }

    @Test
    void aWidgetRequestTypeTheSandboxDoesNotKnowLeavesItsDefaultSoDompetMeetsFinpaysRefusal() {
        try (FinpaySandbox sandbox = start(Map.of("dompet.finpay.money.widget-request-type", "widgetTopUpV2"))) {
            assertThat(sandbox.settings().moneyWidgetVariant().requestType()).isEqualTo(WidgetRequestType.WIDGET_TOP_UP);
        }
    }

    private static FinpaySandbox start(Map<String, String> dompet) {
        Map<String, String> properties = new HashMap<>(dompet);
        properties.put("dompet.sandbox.port", "0");
        Binder binder = new Binder(new MapConfigurationPropertySource(properties));
        return new SandboxConfiguration.InProcessSandbox().finpaySandbox(
                binder.bindOrCreate(SandboxProperties.PREFIX, SandboxProperties.class),
                binder.bindOrCreate(SnapProperties.PREFIX, SnapProperties.class),
                binder.bindOrCreate(TopUpWidgetProperties.PREFIX, TopUpWidgetProperties.class),
                binder.bindOrCreate(BillWidgetProperties.PREFIX, BillWidgetProperties.class),
                binder.bindOrCreate(NotifyProperties.PREFIX, NotifyProperties.class));
    }
}
