package io.dompet.adapter.web;

import io.dompet.application.port.in.ListTopUpsQuery;
import io.dompet.application.port.in.NotificationConflictsUseCase;
import io.dompet.application.port.page.Page;
import io.dompet.application.port.page.PageCursor;
import io.dompet.domain.topup.NotificationConflict;
import io.dompet.application.port.in.ReviewResult;
import io.dompet.application.port.in.ReviewTopUpCommand;
import io.dompet.application.port.in.ReviewTopUpUseCase;
import io.dompet.domain.topup.Review;
import io.dompet.domain.topup.TopUpId;

import io.dompet.domain.event.EventCursor;
import io.dompet.application.port.in.EventPageResult;
import io.dompet.application.port.in.EventResult;
import io.dompet.application.port.in.ListEventsQuery;
import io.dompet.application.port.in.ListWebhookDeliveriesQuery;
import io.dompet.application.port.in.RedeliverEventUseCase;
import io.dompet.domain.event.EventType;
import java.util.Optional;
import java.util.OptionalInt;
import io.dompet.adapter.web.bulkhead.FinpayCallGate;
import io.dompet.adapter.web.resource.Livemode;
import io.dompet.adapter.web.security.ApiKeys;
import io.dompet.application.port.in.GenerateBillWidgetUseCase;
import io.dompet.application.port.in.GetBillWidgetQuery;
import io.dompet.application.port.in.GetTopUpQuery;
import io.dompet.application.port.in.GetTopUpWidgetQuery;
import io.dompet.application.port.in.GetWalletQuery;
import io.dompet.application.port.in.InquireTopUpUseCase;
import io.dompet.application.port.in.ListBillersQuery;
import io.dompet.application.port.in.OpenTopUpWidgetUseCase;
import io.dompet.application.port.in.ReceiveTopUpNotificationUseCase;
import io.dompet.application.port.in.TopUpCustomerUseCase;
import io.dompet.application.port.in.WalletResult;
import io.dompet.domain.billwidget.BillAmountPrecision;
import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.wallet.Wallet;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * A minimal application around the web adapter, as bootstrap wires it: Spring Boot's auto-configuration, the
 * adapter's one configuration, scripted fakes of the use cases ({@link FakeUseCases}), a fixed clock ({@link #NOW}),
 * API keys, a Finpay call gate of two places, and a test-only controller. Sandbox mode is on unless {@code test.sandbox-mode=false}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({WebAdapterConfiguration.class, ProbeController.class})
public class WebAdapterTestApplication {

    /** A configured client and its key; only the key's digest is configured. */
    public static final String ACME = "acme";
    public static final String ACME_KEY = "acme-0123456789-secret-key";

    /** A configured client with the operator role, and its key. */
    public static final String OPS = "ops";
    public static final String OPS_KEY = "ops-9876543210-secret-key";

    /** The fixed time of the test clock: every notification arrives at this instant. */
    public static final Instant NOW = Instant.parse("2024-04-17T05:03:40Z");

    /** A customer whose wallet exists, and one whose wallet does not. */
    public static final String KNOWN_CUSTOMER = "081234567890";
    public static final String UNKNOWN_CUSTOMER = "089876543210";

    @Bean
    FakeUseCases fakeUseCases() {
        Wallet known = Wallet.open(PhoneNumber.parse(KNOWN_CUSTOMER), "BU** SAN***").credit(Money.parse("150000"));
        return new FakeUseCases(new WalletResult(known, List.of()));
    }

    @Bean
    InquireTopUpUseCase inquireTopUpUseCase(FakeUseCases fakes) {
        return fakes.inquiries::call;
    }

    @Bean
    TopUpCustomerUseCase topUpCustomerUseCase(FakeUseCases fakes) {
        return fakes.topUps::call;
    }

    @Bean
    GetTopUpQuery getTopUpQuery(FakeUseCases fakes) {
        return fakes.topUpReads::call;
    }

    @Bean
    GetWalletQuery getWalletQuery(FakeUseCases fakes) {
        return fakes.walletReads::call;
    }

    @Bean
    OpenTopUpWidgetUseCase openTopUpWidgetUseCase(FakeUseCases fakes) {
        return fakes.widgetOpenings::call;
    }

    @Bean
    GetTopUpWidgetQuery getTopUpWidgetQuery(FakeUseCases fakes) {
        return fakes.widgetReads::call;
    }

    @Bean
    ReceiveTopUpNotificationUseCase receiveTopUpNotificationUseCase(FakeUseCases fakes) {
        return fakes.notifications::call;
    }

    @Bean
    GenerateBillWidgetUseCase generateBillWidgetUseCase(FakeUseCases fakes) {
        return fakes.billWidgetGenerations::call;
    }

    @Bean
    GetBillWidgetQuery getBillWidgetQuery(FakeUseCases fakes) {
        return (id, checkWithFinpay) -> fakes.billWidgetReads.call(new FakeUseCases.BillWidgetRead(id, checkWithFinpay));
    }

    @Bean
    ListBillersQuery listBillersQuery(FakeUseCases fakes) {
        return () -> fakes.billerListings.call(new FakeUseCases.BillerListing());
    }

    @Bean
    ListTopUpsQuery listTopUpsQuery(FakeUseCases fakes) {
        return (filter, after, limit) -> fakes.topUpListings.call(new FakeUseCases.TopUpListing(filter, after, limit));
    }

    @Bean
    ReviewTopUpUseCase reviewTopUpUseCase(FakeUseCases fakes) {
        return new ReviewTopUpUseCase() {
            @Override
            public ReviewResult review(ReviewTopUpCommand command) {
                return fakes.reviews.call(command);
            }

            @Override
            public List<Review> reviewsOf(TopUpId topUpId) {
                return fakes.reviewReads.call(topUpId);
            }
        };
    }

    /** An empty event log: the event endpoints are tested end to end in bootstrap. */
    @Bean
    ListEventsQuery listEventsQuery() {
        return new ListEventsQuery() {
            @Override
            public EventPageResult listEvents(EventCursor after, int limit, Optional<EventType> type) {
                return new EventPageResult(List.of(), false, after);
            }

            @Override
            public Optional<EventResult> getEvent(String id) {
                return Optional.empty();
            }
        };
    }

    @Bean
    io.dompet.application.port.in.ListTopUpWidgetsQuery listTopUpWidgetsQuery(FakeUseCases fakes) {
        return (filter, after, limit) -> fakes.widgetListings.call(new FakeUseCases.TopUpWidgetListing(filter, after, limit));
    }

    @Bean
    io.dompet.application.port.in.ListBillWidgetsQuery listBillWidgetsQuery(FakeUseCases fakes) {
        return (filter, after, limit) -> fakes.billWidgetListings.call(
                new FakeUseCases.BillWidgetListing(filter, after, limit));
    }

    @Bean
    NotificationConflictsUseCase notificationConflictsUseCase(FakeUseCases fakes) {
        return new NotificationConflictsUseCase() {
            @Override
            public Page<NotificationConflict> listConflicts(Boolean acknowledged, PageCursor after, int limit) {
                return fakes.conflictListings.call(new FakeUseCases.ConflictListing(acknowledged, after, limit));
            }

            @Override
            public AcknowledgeResult acknowledge(java.util.UUID conflictId, io.dompet.domain.topup.ApiClient operator,
                                                 String reason) {
                return fakes.acknowledgements.call(new FakeUseCases.Acknowledgement(conflictId, operator, reason));
            }
        };
    }

    @Bean
    RedeliverEventUseCase redeliverEventUseCase() {
        return eventId -> OptionalInt.empty();
    }

    @Bean
    ListWebhookDeliveriesQuery listWebhookDeliveriesQuery() {
        return (endpoint, status, limit) -> List.of();
    }

    /** Few places, so that a test can fill them all; {@code test.max-concurrent-calls} sets another number. */
    @Bean
    FinpayCallGate finpayCallGate(@Value("${test.max-concurrent-calls:2}") int maxConcurrentCalls) {
        return new FinpayCallGate(maxConcurrentCalls);
    }

    @Bean
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    /** Live exactly when not in sandbox mode, as bootstrap decides it. */
    @Bean
    Livemode livemode(@Value("${test.sandbox-mode:true}") boolean sandboxMode) {
        return new Livemode(!sandboxMode);
    }

    /** Any amount unless {@code test.bill-amount-precision} says otherwise. */
    @Bean
    BillAmountPrecision billAmountPrecision(@Value("${test.bill-amount-precision:CENTS}") BillAmountPrecision precision) {
        return precision;
    }

    @Bean
    ApiKeys apiKeys(@Value("${test.sandbox-mode:true}") boolean sandboxMode) {
        return ApiKeys.of(Map.of(ACME, sha256Hex(ACME_KEY), OPS, sha256Hex(OPS_KEY)), sandboxMode)
                .withRoles(Map.of(OPS, List.of(ApiKeys.OPERATOR)));
    }

    public static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stand-alone application's deny-by-default for every path outside dompet's chain, as bootstrap adds it. */
    @Bean
    @org.springframework.core.annotation.Order
    org.springframework.security.web.SecurityFilterChain denyEverythingElse(
            org.springframework.security.config.annotation.web.builders.HttpSecurity http,
            @org.springframework.beans.factory.annotation.Qualifier("handlerExceptionResolver")
            org.springframework.web.servlet.HandlerExceptionResolver exceptionResolver) throws Exception {
        return io.dompet.adapter.web.security.ApiSecurityConfiguration.denyEverythingElse(http, exceptionResolver);
    }
}
