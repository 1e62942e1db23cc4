package io.dompet.adapter.web;

import io.dompet.application.port.page.Page;
import io.dompet.application.port.page.PageCursor;
import io.dompet.application.port.in.ReviewResult;
import io.dompet.application.port.in.ReviewTopUpCommand;
import io.dompet.application.port.page.TopUpFilter;
import io.dompet.domain.topup.Review;
import io.dompet.domain.topup.NotificationConflict;
import io.dompet.application.port.in.NotificationConflictsUseCase.AcknowledgeResult;
import org.jspecify.annotations.Nullable;

import io.dompet.application.port.in.BillWidgetResult;
import io.dompet.application.port.in.GenerateBillWidgetCommand;
import io.dompet.application.port.in.GenerateBillWidgetResult;
import io.dompet.application.port.in.InquireTopUpCommand;
import io.dompet.application.port.in.NotificationResult;
import io.dompet.application.port.in.OpenTopUpWidgetCommand;
import io.dompet.application.port.in.OpenTopUpWidgetResult;
import io.dompet.application.port.in.TopUpCustomerCommand;
import io.dompet.application.port.in.TopUpInquiryResult;
import io.dompet.application.port.in.TopUpResult;
import io.dompet.application.port.in.TopUpWidgetResult;
import io.dompet.application.port.in.WalletResult;
import io.dompet.domain.billwidget.Biller;
import io.dompet.domain.billwidget.BillWidgetId;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topup.RawNotification;
import io.dompet.domain.topup.TopUp;
import io.dompet.domain.topup.TopUpId;
import io.dompet.domain.topupwidget.TopUpWidgetSessionId;
import java.util.List;
import java.util.Optional;

/**
 * The use cases the web adapter drives, as scripted fakes shared by the tests of one application context. Each test
 * scripts what it needs; {@link #reset()} before each test restores the defaults: no top-ups, no inquiry answer,
 * no widget answer, no widget sessions, one known wallet ({@code walletDefault}), no bill widget answer, no bill
 * widgets, an empty biller catalogue.
 */
public final class FakeUseCases {

    /** One read of a bill widget: which, and whether Finpay's check-token API was to be asked. */
    public record BillWidgetRead(BillWidgetId id, boolean checkWithFinpay) {
    }

    /** One listing of the biller catalogue, which takes no argument. */
    public record TopUpListing(TopUpFilter filter, @Nullable PageCursor after, int limit) {
    }

    public record BillerListing() {
    }

    public final Scripted<InquireTopUpCommand, TopUpInquiryResult> inquiries = new Scripted<>(command -> {
        throw new AssertionError("no inquiry answer scripted");
    });
    public final Scripted<TopUpCustomerCommand, TopUpResult> topUps = new Scripted<>(command -> {
        throw new AssertionError("no top-up answer scripted");
    });
    public final Scripted<TopUpId, Optional<TopUp>> topUpReads = new Scripted<>(id -> Optional.empty());
    public final Scripted<PhoneNumber, Optional<WalletResult>> walletReads;
    public final Scripted<OpenTopUpWidgetCommand, OpenTopUpWidgetResult> widgetOpenings = new Scripted<>(command -> {
        throw new AssertionError("no widget answer scripted");
    });
    public final Scripted<TopUpWidgetSessionId, Optional<TopUpWidgetResult>> widgetReads =
            new Scripted<>(id -> Optional.empty());
    public final Scripted<RawNotification, NotificationResult> notifications = new Scripted<>(notification -> {
        throw new AssertionError("no notification answer scripted");
    });
    public final Scripted<GenerateBillWidgetCommand, GenerateBillWidgetResult> billWidgetGenerations =
            new Scripted<>(command -> {
                throw new AssertionError("no bill widget answer scripted");
            });
    public final Scripted<BillWidgetRead, Optional<BillWidgetResult>> billWidgetReads =
            new Scripted<>(read -> Optional.empty());
    public final Scripted<BillerListing, List<Biller>> billerListings = new Scripted<>(listing -> List.of());
    public final Scripted<TopUpListing, Page<TopUp>> topUpListings =
            new Scripted<>(listing -> new Page<>(List.of(), null));
    public final Scripted<ReviewTopUpCommand, ReviewResult> reviews =
            new Scripted<>(command -> new ReviewResult.NotFound());
    public final Scripted<TopUpId, List<Review>> reviewReads = new Scripted<>(id -> List.of());
    public final Scripted<ConflictListing, Page<NotificationConflict>> conflictListings =
            new Scripted<>(listing -> new Page<>(List.of(), null));
    public final Scripted<Acknowledgement, AcknowledgeResult> acknowledgements =
            new Scripted<>(acknowledgement -> new AcknowledgeResult.NotFound());

    public final Scripted<TopUpWidgetListing, Page<TopUpWidgetResult>> widgetListings =
            new Scripted<>(listing -> new Page<>(List.of(), null));
    public final Scripted<BillWidgetListing, Page<BillWidgetResult>> billWidgetListings =
            new Scripted<>(listing -> new Page<>(List.of(), null));

    public record TopUpWidgetListing(io.dompet.application.port.page.TopUpWidgetFilter filter, @Nullable PageCursor after,
                                     int limit) {
    }

    public record BillWidgetListing(io.dompet.application.port.page.BillWidgetFilter filter, @Nullable PageCursor after,
                                    int limit) {
    }

    public record ConflictListing(@Nullable Boolean acknowledged, @Nullable PageCursor after, int limit) {
    }

    public record Acknowledgement(java.util.UUID id, io.dompet.domain.topup.ApiClient operator, String reason) {
    }

    FakeUseCases(WalletResult walletDefault) {
        walletReads = new Scripted<>(number -> number.equals(walletDefault.wallet().customerNumber())
                ? Optional.of(walletDefault) : Optional.empty());
    }

    public void reset() {
        inquiries.reset();
        topUps.reset();
        topUpReads.reset();
        walletReads.reset();
        widgetOpenings.reset();
        widgetReads.reset();
        notifications.reset();
        billWidgetGenerations.reset();
        billWidgetReads.reset();
        billerListings.reset();
        topUpListings.reset();
        reviews.reset();
        reviewReads.reset();
        conflictListings.reset();
        widgetListings.reset();
        billWidgetListings.reset();
        acknowledgements.reset();
    }
}
