package io.dompet.adapter.finpay;

import io.dompet.adapter.finpay.billwidget.BillWidgetSettings;
import io.dompet.adapter.finpay.billwidget.FinpayBillWidgetAdapter;
import io.dompet.adapter.finpay.topupwidget.FinpayTopUpWidgetAdapter;
import io.dompet.adapter.finpay.topupwidget.TopUpWidgetSettings;
import io.dompet.adapter.finpay.notify.NotifySettings;
import io.dompet.adapter.finpay.notify.NotifyVerifierAdapter;
import io.dompet.adapter.finpay.snap.SnapEmoneyAdapter;
import io.dompet.adapter.finpay.snap.SnapSettings;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The one Spring configuration the Finpay adapter exports; the starter (dompet-spring-boot-starter) {@code @Import}s it.
 *
 * <p>Bootstrap provides the settings it builds from its validated {@code dompet.finpay.*} properties (a
 * {@link SnapSettings} bean, with the private key read by {@link io.dompet.adapter.finpay.signature.KeyMaterial}, and a
 * {@link NotifySettings} bean, with Finpay's public key read the same way, and a {@link TopUpWidgetSettings} bean from
 * {@code dompet.finpay.money.*}, and a {@link BillWidgetSettings} bean from {@code dompet.finpay.bill-widget.*});
 * this configuration turns them into the port adapters, each built by its one constructor from its settings: the
 * SNAP e-money top-up ({@code EmoneyTopUpPort}), the Notify Top Up checks ({@code NotificationVerifierPort}), Finpay
 * Money's co-brand widget ({@code TopUpWidgetPort}) and the bill-payment widget ({@code BillWidgetPort}).
 */
@Configuration(proxyBeanMethods = false)
@Import({SnapEmoneyAdapter.class, NotifyVerifierAdapter.class, FinpayTopUpWidgetAdapter.class,
        FinpayBillWidgetAdapter.class})
public class FinpayAdapterConfiguration {
}
