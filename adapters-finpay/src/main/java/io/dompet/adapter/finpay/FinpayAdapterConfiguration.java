package io.dompet.adapter.finpay;

import io.dompet.adapter.finpay.billwidget.BillWidgetSettings;
import io.dompet.adapter.finpay.billwidget.FinpayBillWidgetAdapter;
import io.dompet.adapter.finpay.topupwidget.FinpayTopUpWidgetAdapter;
import io.dompet.adapter.finpay.topupwidget.TopUpWidgetSettings;
import io.dompet.adapter.finpay.notify.NotifySettings;
import io.dompet.adapter.finpay.notify.NotifyVerifierAdapter;
import io.dompet.adapter.finpay.snap.SnapEmoneyAdapter;
import io.dompet.adapter.finpay.snap.SnapSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one Spring configuration the Finpay adapter exports; bootstrap {@code @Import}s it.
 *
 * <p>Bootstrap provides the settings it builds from its validated {@code dompet.finpay.*} properties (a
 * {@link SnapSettings} bean, with the private key read by {@link io.dompet.adapter.finpay.signature.KeyMaterial}, and a
 * {@link NotifySettings} bean, with Finpay's public key read the same way, and a {@link TopUpWidgetSettings} bean from
 * {@code dompet.finpay.money.*}, and a {@link BillWidgetSettings} bean from {@code dompet.finpay.bill-widget.*});
 * this configuration turns them into the port adapters.
 */
@Configuration(proxyBeanMethods = false)
public class FinpayAdapterConfiguration {

    /** Finpay's SNAP e-money top-up, as the application's {@code EmoneyTopUpPort}. */
    @Bean
    public SnapEmoneyAdapter snapEmoneyAdapter(SnapSettings snapSettings) {
        return new SnapEmoneyAdapter(snapSettings);
    }

    /** Finpay's Notify Top Up checks, as the application's {@code NotificationVerifierPort}. */
    @Bean
    public NotifyVerifierAdapter notifyVerifierAdapter(NotifySettings notifySettings) {
        return new NotifyVerifierAdapter(notifySettings);
    }

    /** Finpay Money's co-brand widget (Get Token + Widget Top Up), as the application's {@code TopUpWidgetPort}. */
    @Bean
    public FinpayTopUpWidgetAdapter finpayTopUpWidgetAdapter(TopUpWidgetSettings topUpWidgetSettings) {
        return new FinpayTopUpWidgetAdapter(topUpWidgetSettings);
    }

    /** Finpay's bill-payment widget (Generate Widget + Check Token), as the application's {@code BillWidgetPort}. */
    @Bean
    public FinpayBillWidgetAdapter finpayBillWidgetAdapter(BillWidgetSettings billWidgetSettings) {
        return new FinpayBillWidgetAdapter(billWidgetSettings);
    }
}
