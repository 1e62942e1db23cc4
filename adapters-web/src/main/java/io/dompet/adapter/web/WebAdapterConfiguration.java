package io.dompet.adapter.web;

import io.dompet.adapter.web.billwidget.BillWidgetController;
import io.dompet.adapter.web.billwidget.BillWidgetListController;
import io.dompet.adapter.web.callback.FinpayCallbackController;
import io.dompet.adapter.web.conflict.NotificationConflictController;
import io.dompet.adapter.web.json.DomainJacksonModule;
import io.dompet.adapter.web.limit.ApiBodyLimitFilter;
import io.dompet.adapter.web.openapi.OpenApiConfiguration;
import io.dompet.adapter.web.problem.ProblemErrorController;
import io.dompet.adapter.web.problem.ProblemErrorReportValve;
import io.dompet.adapter.web.problem.ProblemExceptionHandler;
import io.dompet.adapter.web.request.RequestIdFilter;
import io.dompet.adapter.web.security.ApiSecurityConfiguration;
import io.dompet.adapter.web.topup.TopUpController;
import io.dompet.adapter.web.topup.TopUpListController;
import io.dompet.adapter.web.topup.TopUpReviewController;
import io.dompet.adapter.web.wallet.WalletController;
import io.dompet.adapter.web.topupwidget.TopUpWidgetController;
import io.dompet.adapter.web.topupwidget.TopUpWidgetListController;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import io.dompet.adapter.web.event.EventController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * The web adapter, for the starter (dompet-spring-boot-starter) to {@code @Import}: the controllers (the API under {@code /api} and Finpay's
 * callbacks under {@code /callbacks}), the problem-details exception handler and error controller, the
 * API-key security filter chain, the request body cap of {@code /api/**}, Tomcat's error report as a problem, the
 * OpenAPI description and the JSON mapping of domain values. Nothing is component-scanned; every class is named here.
 *
 * <p>Needs these beans from the starter (or the application embedding dompet):
 * <ul>
 *   <li>{@link io.dompet.application.port.in.InquireTopUpUseCase}
 *   <li>{@link io.dompet.application.port.in.TopUpCustomerUseCase}
 *   <li>{@link io.dompet.application.port.in.GetTopUpQuery}
 *   <li>{@link io.dompet.application.port.in.ListTopUpsQuery}
 *   <li>{@link io.dompet.application.port.in.ReviewTopUpUseCase}
 *   <li>{@link io.dompet.application.port.in.NotificationConflictsUseCase}
 *   <li>{@link io.dompet.application.port.in.ListTopUpWidgetsQuery}, {@link io.dompet.application.port.in.ListBillWidgetsQuery}
 *   <li>{@link io.dompet.application.port.in.GetWalletQuery}
 *   <li>{@link io.dompet.application.port.in.OpenTopUpWidgetUseCase}
 *   <li>{@link io.dompet.application.port.in.GetTopUpWidgetQuery}
 *   <li>{@link io.dompet.application.port.in.GenerateBillWidgetUseCase}
 *   <li>{@link io.dompet.application.port.in.GetBillWidgetQuery}
 *   <li>{@link io.dompet.application.port.in.ListBillersQuery}
 *   <li>{@link io.dompet.application.port.in.ReceiveTopUpNotificationUseCase}, for Finpay's Notify Top Up
 *   <li>a {@link java.time.Clock}, for the arrival time of notifications
 *   <li>a {@link io.dompet.adapter.web.bulkhead.FinpayCallGate}, the bound on concurrent requests that call Finpay
 *       ({@code dompet.finpay.max-concurrent-calls}), which bootstrap also closes and drains at shutdown
 *   <li>a {@link io.dompet.adapter.web.resource.Livemode}: whether this instance talks to Finpay (true) or runs in
 *       sandbox mode (false), shown as {@code livemode} on every resource
 *   <li>a {@link io.dompet.domain.billwidget.BillAmountPrecision}: the bill amounts Finpay is configured to receive
 *       ({@code dompet.finpay.bill-widget.bill-amount-format}), which a bill widget request's amount must respect
 *   <li>{@link io.dompet.adapter.web.security.ApiKeys}, built with
 *       {@link io.dompet.adapter.web.security.ApiKeys#of(java.util.Map, boolean)} from {@code dompet.api.keys.*}
 * </ul>
 * and Spring Boot's Spring MVC, Jackson and Spring Security auto-configuration.
 */
@Configuration(proxyBeanMethods = false)
@Import({
        ApiSecurityConfiguration.class,
        ProblemExceptionHandler.class,
        ProblemErrorController.class,
        OpenApiConfiguration.class,
        TopUpController.class,
        TopUpListController.class,
        TopUpReviewController.class,
        NotificationConflictController.class,
        WalletController.class,
        TopUpWidgetController.class,
        TopUpWidgetListController.class,
        BillWidgetListController.class,
        BillWidgetController.class,
        FinpayCallbackController.class,
        EventController.class,
})
public class WebAdapterConfiguration {

    /** Registered with Spring Boot's JSON mapper, which picks up every Jackson module bean. */
    @Bean
    DomainJacksonModule dompetDomainJacksonModule() {
        return new DomainJacksonModule();
    }

    /** Registered by Spring Boot for every path, first of all filters: the id of each request (X-Request-Id). */
    @Bean
    RequestIdFilter requestIdFilter() {
        return new RequestIdFilter();
    }

    /** Registered by Spring Boot for every path; it acts on request bodies under {@code /api/} only. */
    @Bean
    ApiBodyLimitFilter apiBodyLimitFilter(@Qualifier("handlerExceptionResolver") HandlerExceptionResolver exceptionResolver) {
        return new ApiBodyLimitFilter(exceptionResolver);
    }

    /** Requests Tomcat refuses before any servlet sees them are answered with a problem too, not Tomcat's HTML page. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(ProblemErrorReportValve::installOnHostOf);
    }
}
