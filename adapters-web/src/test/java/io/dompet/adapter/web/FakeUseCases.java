package io.dompet.adapter.web;

import io.dompet.application.port.in.InquireTopUpCommand;
import io.dompet.application.port.in.NotificationResult;
import io.dompet.application.port.in.OpenTopUpWidgetCommand;
import io.dompet.application.port.in.OpenTopUpWidgetResult;
import io.dompet.application.port.in.TopUpCustomerCommand;
import io.dompet.application.port.in.TopUpInquiryResult;
import io.dompet.application.port.in.TopUpResult;
import io.dompet.application.port.in.TopUpWidgetResult;
import io.dompet.application.port.in.WalletResult;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topup.RawNotification;
import io.dompet.domain.topup.TopUp;
import io.dompet.domain.topup.TopUpId;
import io.dompet.domain.widget.TopUpWidgetSessionId;
import java.util.Optional;

/**
 * The use cases the web adapter drives, as scripted fakes shared by the tests of one application context. Each test
 * scripts what it needs; {@link #reset()} before each test restores the defaults: no top-ups, no inquiry answer,
 * no widget answer, no widget sessions, one known wallet ({@code walletDefault}).
 */
public final class FakeUseCases {

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
    }
}
