package io.dompet.sandbox;

import io.dompet.sandbox.config.BillWidgetSignatureCase;
import io.dompet.sandbox.config.BillWidgetVariant;
import io.dompet.sandbox.config.MerchantIdField;
import io.dompet.sandbox.config.MoneySignatureKeyCase;
import io.dompet.sandbox.config.MoneyWidgetVariant;
import io.dompet.sandbox.config.NotifyVariant;
import io.dompet.sandbox.config.SandboxCredentials;
import io.dompet.sandbox.config.NotificationDelivery;
import io.dompet.sandbox.config.SandboxKeys;
import io.dompet.sandbox.config.SandboxSettings;
import io.dompet.sandbox.config.SignatureEncoding;
import io.dompet.sandbox.config.SlowAnswers;
import io.dompet.sandbox.config.SnapVariant;
import io.dompet.sandbox.config.WidgetRequestType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SandboxSettingsTest {

    @Test
    void theDefaultsAreAFreeLoopbackPortTheDefaultCredentialsAndTheBundledMerchantKey() {
        SandboxSettings settings = SandboxSettings.defaults();

        assertThat(settings.port()).isZero();
        assertThat(settings.bindAddress()).isEqualTo("127.0.0.1");
        assertThat(settings.merchantCallback()).isEmpty();
        assertThat(settings.credentials()).isEqualTo(SandboxCredentials.defaults());
        assertThat(settings.merchantPublicKeyPem()).isEqualTo(SandboxKeys.bundled().merchantPublicKeyPem());
    }

    @Test
    void theSnapDefaultsAre900SecondTokensBase64SignaturesAnd20And2SecondDelays() {
        SandboxSettings settings = SandboxSettings.defaults();

        assertThat(settings.tokenLifetime()).isEqualTo(Duration.ofSeconds(900));
        assertThat(settings.snapVariant().signatureEncoding()).isEqualTo(SignatureEncoding.BASE64);
        assertThat(settings.slowAnswers().answerDelay()).isEqualTo(Duration.ofSeconds(20));
        assertThat(settings.slowAnswers().successDelay()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.slowAnswers().inquiryDelay()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void theSnapWithMethodsChangeOnlyTheirOwnValue() {
        SandboxSettings settings = SandboxSettings.defaults()
                .withTokenLifetime(Duration.ofSeconds(5))
                .withSnapVariant(SnapVariant.defaults().withSignatureEncoding(SignatureEncoding.HEX))
                .withSlowAnswerDelay(Duration.ofMillis(1500))
                .withSlowSuccessDelay(Duration.ZERO)
                .withSlowInquiryDelay(Duration.ofMillis(700));

        assertThat(settings.slowAnswers().inquiryDelay()).isEqualTo(Duration.ofMillis(700));
        assertThat(settings.tokenLifetime()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.snapVariant().signatureEncoding()).isEqualTo(SignatureEncoding.HEX);
        assertThat(settings.slowAnswers().answerDelay()).isEqualTo(Duration.ofMillis(1500));
        assertThat(settings.slowAnswers().successDelay()).isZero();
        assertThat(settings.credentials()).isEqualTo(SandboxCredentials.defaults());
    }

    @Test
    void aTokenLifetimeOfZeroIsRejected() {
        assertThatThrownBy(() -> SandboxSettings.defaults().withTokenLifetime(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tokenLifetime");
    }

    @Test
    void aNegativeDelayIsRejected() {
        assertThatThrownBy(() -> SandboxSettings.defaults().withSlowAnswerDelay(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("slowAnswerDelay");
    }

    @Test
    void eachWithMethodChangesOnlyItsOwnValue() {
        SandboxSettings settings = SandboxSettings.defaults()
                .withPort(18089)
                .withMerchantCallbackUrl(URI.create("http://localhost:8080/callbacks/finpay/top-up"));

        assertThat(settings.port()).isEqualTo(18089);
        assertThat(settings.merchantCallbackUrl()).isEqualTo(URI.create("http://localhost:8080/callbacks/finpay/top-up"));
        assertThat(settings.bindAddress()).isEqualTo("127.0.0.1");
    }

    @Test
    void aPortOutsideTheTcpRangeIsRejected() {
        assertThatThrownBy(() -> SandboxSettings.defaults().withPort(70000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("70000");
    }

    @Test
    void aRelativeCallbackUrlIsRejected() {
        assertThatThrownBy(() -> SandboxSettings.defaults().withMerchantCallbackUrl(URI.create("/callbacks")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("merchantCallbackUrl");
    }

    @Test
    void aMerchantKeyThatIsNotAPublicKeyPemIsRejected() {
        assertThatThrownBy(() -> SandboxSettings.defaults()
                .withMerchantPublicKeyPem(SandboxKeys.bundled().merchantPrivateKeyPem()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void notificationsAreCompactAndRetriedSixTimesFromHalfASecondByDefault() {
        SandboxSettings settings = SandboxSettings.defaults();

        assertThat(settings.notifications().retryBaseDelay()).isEqualTo(Duration.ofMillis(500));
        assertThat(settings.notifications().attempts()).isEqualTo(6);
        assertThat(settings.notifications().prettyPrint()).isFalse();
        assertThat(settings.credentials().notifyTopUp().merchantId()).isEqualTo("DOMPET-SANDBOX");
    }

    @Test
    void theNotificationSettingsChangeOnlyTheirOwnValues() {
        SandboxSettings settings = SandboxSettings.defaults()
                .withNotificationRetry(Duration.ofMillis(10), 2)
                .withPrettyPrintedNotifications(true);

        assertThat(settings.notifications().retryBaseDelay()).isEqualTo(Duration.ofMillis(10));
        assertThat(settings.notifications().attempts()).isEqualTo(2);
        assertThat(settings.notifications().prettyPrint()).isTrue();
        assertThat(settings.tokenLifetime()).isEqualTo(SandboxSettings.DEFAULT_TOKEN_LIFETIME);
    }

    @Test
    void zeroNotificationAttemptsAreRejected() {
        assertThatThrownBy(() -> SandboxSettings.defaults().withNotificationRetry(Duration.ofMillis(10), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("notificationAttempts");
    }

    @Test
    void aNegativeNotificationRetryDelayIsRejected() {
        assertThatThrownBy(() -> SandboxSettings.defaults().withNotificationRetry(Duration.ofMillis(-1), 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("notificationRetryBaseDelay");
    }

    @Test
    void theBillWidgetDefaultsAreLowerCaseSignaturesOnTheSystemClock() {
        SandboxSettings settings = SandboxSettings.defaults();

        assertThat(settings.billWidgetVariant().signatureCase()).isEqualTo(BillWidgetSignatureCase.LOWER);
        assertThat(settings.clock()).isEqualTo(Clock.systemUTC());
    }

    @Test
    void theBillWidgetSettingsChangeOnlyTheirOwnValues() {
        Clock fixed = Clock.fixed(Instant.parse("2024-05-29T17:21:12Z"), ZoneOffset.UTC);
        SandboxSettings settings = SandboxSettings.defaults()
                .withBillWidgetVariant(BillWidgetVariant.defaults().withSignatureCase(BillWidgetSignatureCase.UPPER))
                .withClock(fixed);

        assertThat(settings.billWidgetVariant().signatureCase()).isEqualTo(BillWidgetSignatureCase.UPPER);
        assertThat(settings.clock()).isSameAs(fixed);
        assertThat(settings.moneyWidgetVariant()).isEqualTo(SandboxSettings.defaults().moneyWidgetVariant());
        assertThat(settings.withPort(18089).clock()).isSameAs(fixed);
    }

    @Test
    void aNegativeSlowInquiryDelayIsRejected() {
        assertThatThrownBy(() -> SandboxSettings.defaults().withSlowInquiryDelay(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("slowInquiryDelay");
    }

    @Test
    void sixteenWorkerThreadsByDefaultAndACountOutside1To512IsRejected() {
        assertThat(SandboxSettings.defaults().workerThreads()).isEqualTo(16);
        assertThat(SandboxSettings.defaults().withWorkerThreads(64).workerThreads()).isEqualTo(64);
        assertThat(SandboxSettings.defaults().withWorkerThreads(64).slowAnswers().answerDelay())
                .isEqualTo(SandboxSettings.defaults().slowAnswers().answerDelay());
        assertThatThrownBy(() -> SandboxSettings.defaults().withWorkerThreads(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("workerThreads");
        assertThatThrownBy(() -> SandboxSettings.defaults().withWorkerThreads(513))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("workerThreads");
    }

    @Test
    void everyVariantDefaultsToDompetsDefaultAndReferencesToTheStrictestFinpay() {
        SandboxSettings settings = SandboxSettings.defaults();

        assertThat(settings.snapVariant()).isEqualTo(new SnapVariant(SignatureEncoding.BASE64,
                SnapVariant.OriginalReferenceNo.OMIT, SnapVariant.AnswerField.INCLUDE, SnapVariant.AnswerField.INCLUDE,
                SnapVariant.AmountFormat.DECIMAL, SnapVariant.ReferenceUniqueness.ACROSS_SERVICES));
        assertThat(settings.moneyWidgetVariant())
                .isEqualTo(new MoneyWidgetVariant(MoneySignatureKeyCase.UPPER, WidgetRequestType.WIDGET_TOP_UP));
        assertThat(settings.billWidgetVariant()).isEqualTo(new BillWidgetVariant(BillWidgetSignatureCase.LOWER,
                MerchantIdField.MERCHANT_ID, BillWidgetVariant.CheckTokenShape.TABLE, BillWidgetVariant.ValueStyle.JSON,
                BillWidgetVariant.UpperCase.ASCII, BillWidgetVariant.BillAmountFormat.DECIMAL));
        assertThat(settings.notifyVariant())
                .isEqualTo(new NotifyVariant(SignatureEncoding.BASE64, NotifyVariant.StringToSign.SNAP));
    }

    @Test
    void eachVariantWithMethodChangesOnlyItsOwnComponent() {
        assertThat(SnapVariant.defaults().withOriginalReferenceNo(SnapVariant.OriginalReferenceNo.OMIT)
                .withTopUpReferenceNo(SnapVariant.AnswerField.OMIT).withTokenExpiresIn(SnapVariant.AnswerField.OMIT)
                .withSignatureEncoding(SignatureEncoding.HEX).withFeeAmount(SnapVariant.AmountFormat.INTEGER)
                .withReferenceUniqueness(SnapVariant.ReferenceUniqueness.PER_SERVICE))
                .isEqualTo(new SnapVariant(SignatureEncoding.HEX, SnapVariant.OriginalReferenceNo.OMIT,
                        SnapVariant.AnswerField.OMIT, SnapVariant.AnswerField.OMIT, SnapVariant.AmountFormat.INTEGER,
                        SnapVariant.ReferenceUniqueness.PER_SERVICE));
        assertThat(MoneyWidgetVariant.defaults().withRequestType(WidgetRequestType.WIDGET_TOPUP))
                .isEqualTo(new MoneyWidgetVariant(MoneySignatureKeyCase.UPPER, WidgetRequestType.WIDGET_TOPUP));
        assertThat(BillWidgetVariant.defaults().withMerchantIdField(MerchantIdField.USERNAME)
                .withCheckTokenShape(BillWidgetVariant.CheckTokenShape.SAMPLE)
                .withValueStyle(BillWidgetVariant.ValueStyle.PHP).withUpperCase(BillWidgetVariant.UpperCase.UNICODE)
                .withBillAmountFormat(BillWidgetVariant.BillAmountFormat.INTEGER)
                .withSignatureCase(BillWidgetSignatureCase.UPPER))
                .isEqualTo(new BillWidgetVariant(BillWidgetSignatureCase.UPPER, MerchantIdField.USERNAME,
                        BillWidgetVariant.CheckTokenShape.SAMPLE, BillWidgetVariant.ValueStyle.PHP,
                        BillWidgetVariant.UpperCase.UNICODE, BillWidgetVariant.BillAmountFormat.INTEGER));
        assertThat(NotifyVariant.defaults().withStringToSign(NotifyVariant.StringToSign.SNAP_RAW_BODY))
                .isEqualTo(new NotifyVariant(SignatureEncoding.BASE64, NotifyVariant.StringToSign.SNAP_RAW_BODY));
    }

    @Test
    void aMissingClockIsRejected() {
        assertThatThrownBy(() -> SandboxSettings.defaults().withClock(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("clock");
    }

    @Test
    void everyWithMethodKeepsEveryOtherComponent() throws Exception {
        SandboxSettings before = SandboxSettings.defaults().withPort(18089).withBindAddress("0.0.0.0")
                .withMerchantCallbackUrl(URI.create("http://localhost:8080/callbacks/finpay/top-up"))
                .withTokenLifetime(Duration.ofSeconds(5))
                .withSnapVariant(SnapVariant.defaults().withSignatureEncoding(SignatureEncoding.HEX))
                .withSlowAnswerDelay(Duration.ofMillis(1)).withSlowSuccessDelay(Duration.ofMillis(2))
                .withSlowInquiryDelay(Duration.ofMillis(3)).withNotificationRetry(Duration.ofMillis(4), 5)
                .withPrettyPrintedNotifications(true).withMoneyTokenLifetime(Duration.ofSeconds(6))
                .withMoneyWidgetVariant(MoneyWidgetVariant.defaults().withSignatureKeyCase(MoneySignatureKeyCase.LOWER))
                .withBillWidgetVariant(BillWidgetVariant.defaults().withSignatureCase(BillWidgetSignatureCase.UPPER))
                .withNotifyVariant(NotifyVariant.defaults().withSignatureEncoding(SignatureEncoding.HEX))
                .withClock(Clock.fixed(Instant.parse("2026-11-30T00:00:00Z"), ZoneOffset.UTC)).withWorkerThreads(7);
        List<Map.Entry<String, SandboxSettings>> changed = List.of(
                Map.entry("port", before.withPort(18090)),
                Map.entry("bindAddress", before.withBindAddress("127.0.0.2")),
                Map.entry("merchantCallbackUrl", before.withMerchantCallbackUrl(URI.create("http://localhost:9/cb"))),
                Map.entry("credentials", before.withCredentials(SandboxCredentials.defaults())),
                Map.entry("merchantPublicKeyPem", before.withMerchantPublicKeyPem(before.merchantPublicKeyPem())),
                Map.entry("tokenLifetime", before.withTokenLifetime(Duration.ofSeconds(8))),
                Map.entry("snapVariant", before.withSnapVariant(SnapVariant.defaults())),
                Map.entry("slowAnswers", before.withSlowAnswerDelay(Duration.ofMillis(9))),
                Map.entry("slowAnswers", before.withSlowSuccessDelay(Duration.ofMillis(10))),
                Map.entry("slowAnswers", before.withSlowInquiryDelay(Duration.ofMillis(11))),
                Map.entry("notifications", before.withPrettyPrintedNotifications(false)),
                Map.entry("moneyTokenLifetime", before.withMoneyTokenLifetime(Duration.ofSeconds(12))),
                Map.entry("moneyWidgetVariant", before.withMoneyWidgetVariant(MoneyWidgetVariant.defaults())),
                Map.entry("billWidgetVariant", before.withBillWidgetVariant(BillWidgetVariant.defaults())),
                Map.entry("notifyVariant", before.withNotifyVariant(NotifyVariant.defaults())),
                Map.entry("clock", before.withClock(Clock.systemUTC())),
                Map.entry("workerThreads", before.withWorkerThreads(13)));

        for (Map.Entry<String, SandboxSettings> entry : changed) {
            for (RecordComponent component : SandboxSettings.class.getRecordComponents()) {
                if (!component.getName().equals(entry.getKey())) {
                    assertThat(component.getAccessor().invoke(entry.getValue()))
                            .as("%s after changing %s", component.getName(), entry.getKey())
                            .isEqualTo(component.getAccessor().invoke(before));
                }
            }
        }
        assertThat(before.withSlowAnswerDelay(Duration.ofMillis(9)).slowAnswers())
                .isEqualTo(new SlowAnswers(Duration.ofMillis(9), Duration.ofMillis(2), Duration.ofMillis(3)));
        assertThat(before.withSlowSuccessDelay(Duration.ofMillis(10)).slowAnswers())
                .isEqualTo(new SlowAnswers(Duration.ofMillis(1), Duration.ofMillis(10), Duration.ofMillis(3)));
        assertThat(before.withSlowInquiryDelay(Duration.ofMillis(11)).slowAnswers())
                .isEqualTo(new SlowAnswers(Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(11)));
        assertThat(before.withPrettyPrintedNotifications(false).notifications())
                .isEqualTo(new NotificationDelivery(Duration.ofMillis(4), 5, false));
        SandboxSettings retried = before.withNotificationRetry(Duration.ofMillis(14), 15);
        assertThat(retried.withNotificationRetry(Duration.ofMillis(4), 5)).isEqualTo(before);
    }
}
