package io.dompet.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.application.fakes.InMemoryBillWidgets;
import io.dompet.application.fakes.InMemoryTopUpStore;
import io.dompet.application.fakes.InMemoryWalletStore;
import io.dompet.application.fakes.InMemoryWidgetSessions;
import io.dompet.application.fakes.InlineTransactions;
import io.dompet.application.fakes.MutableClock;
import io.dompet.application.fakes.SequentialReferences;
import io.dompet.application.port.in.OpenTopUpWidgetCommand;
import io.dompet.application.port.in.OpenTopUpWidgetResult;
import io.dompet.application.port.in.TopUpWidgetResult;
import io.dompet.application.port.out.TopUpWidgetPort;
import io.dompet.application.port.out.TopUpWidgetPort.WidgetOutcome;
import io.dompet.domain.shared.FinpayFailure;
import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topup.TopUp;
import io.dompet.domain.topup.TopUpChannel;
import io.dompet.domain.topup.TopUpId;
import io.dompet.domain.topup.TopUpNotification;
import io.dompet.domain.topupwidget.TopUpWidgetSession;
import io.dompet.domain.topupwidget.TopUpWidgetStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OpenTopUpWidgetServiceTest {

    private static final PhoneNumber CUSTOMER = PhoneNumber.parse("081234567890");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T05:00:00Z"));
    private final InlineTransactions transactions = new InlineTransactions();
    private final InMemoryWidgetSessions sessions = new InMemoryWidgetSessions();
    private final InMemoryTopUpStore topUps = new InMemoryTopUpStore();
    private final List<TopUpWidgetPort.WidgetRequest> requests = new ArrayList<>();
    private final List<TopUpWidgetStatus> storedWhenFinpayWasAsked = new ArrayList<>();
    private WidgetOutcome answer = new WidgetOutcome.Issued("https://demos.finnet.co.id/apicobrand/widget/api/topup.php?access=abc");
    private final TopUpWidgetPort finpay = request -> {
        if (transactions.isOpen()) {
            throw new AssertionError("Finpay was called inside a transaction");
        }
        requests.add(request);
        storedWhenFinpayWasAsked.add(sessions.all().get(sessions.all().size() - 1).storedStatus());
        return answer;
    };
    private final OpenTopUpWidgetService service = new OpenTopUpWidgetService(finpay, sessions, transactions,
            new SequentialReferences(), clock);
    private final QueryService query = new QueryService(topUps, new InMemoryWalletStore(), sessions,
            new InMemoryBillWidgets(), transactions, clock);

    @Test
    void anIssuedWidgetOpensTheSessionWithFinpaysUrlAfterStoringItFirst() {
        OpenTopUpWidgetResult result = service.open(new OpenTopUpWidgetCommand(CUSTOMER));

        assertThat(result).isInstanceOf(OpenTopUpWidgetResult.Opened.class);
        TopUpWidgetSession session = ((OpenTopUpWidgetResult.Opened) result).session();
        assertThat(session.storedStatus()).isEqualTo(TopUpWidgetStatus.OPEN);
        assertThat(session.widgetUrl()).contains("https://demos.finnet.co.id/apicobrand/widget/api/topup.php?access=abc");
        assertThat(session.issuedAt()).contains(clock.instant());
        assertThat(storedWhenFinpayWasAsked).containsExactly(TopUpWidgetStatus.REQUESTED);
        assertThat(requests).singleElement().satisfies(request -> {
            assertThat(request.transNumber()).isEqualTo(session.transNumber());
            assertThat(request.phoneNumber()).isEqualTo(CUSTOMER);
        });
    }

    @Test
    void aRefusedWidgetLeavesAFailedSessionWithFinpaysCodeAndNothingOpen() {
        answer = new WidgetOutcome.Refused(new FinpayFailure("005", "Invalid Signature"));

        OpenTopUpWidgetResult result = service.open(new OpenTopUpWidgetCommand(CUSTOMER));

        assertThat(result).isInstanceOf(OpenTopUpWidgetResult.Refused.class);
        OpenTopUpWidgetResult.Refused refused = (OpenTopUpWidgetResult.Refused) result;
        assertThat(refused.session().storedStatus()).isEqualTo(TopUpWidgetStatus.FAILED);
        assertThat(refused.session().failure()).contains(new FinpayFailure("005", "Invalid Signature"));
        assertThat(sessions.all()).noneMatch(s -> s.storedStatus() == TopUpWidgetStatus.OPEN
                || s.storedStatus() == TopUpWidgetStatus.REQUESTED);
    }

    @Test
    void noAnswerLeavesAFailedSessionToo() {
        answer = new WidgetOutcome.Unknown("read timeout");

        OpenTopUpWidgetResult result = service.open(new OpenTopUpWidgetCommand(CUSTOMER));

        assertThat(result).isInstanceOf(OpenTopUpWidgetResult.Unavailable.class);
        assertThat(((OpenTopUpWidgetResult.Unavailable) result).session().failure().orElseThrow().code())
                .isEqualTo(FinpayFailure.WIDGET_UNAVAILABLE);
    }

    @Test
    void everySessionHasItsOwnTransNumber() {
        TopUpWidgetSession first = ((OpenTopUpWidgetResult.Opened) service.open(new OpenTopUpWidgetCommand(CUSTOMER))).session();
        TopUpWidgetSession second = ((OpenTopUpWidgetResult.Opened) service.open(new OpenTopUpWidgetCommand(CUSTOMER))).session();

        assertThat(first.transNumber()).isNotEqualTo(second.transNumber());
    }

    @Test
    void anOpenSessionReadsExpiredAfterItsLifetime() {
        TopUpWidgetSession session = ((OpenTopUpWidgetResult.Opened) service.open(new OpenTopUpWidgetCommand(CUSTOMER))).session();

        clock.advance(TopUpWidgetSession.LIFETIME.minusSeconds(1));
        assertThat(query.getWidget(session.id()).orElseThrow().status()).isEqualTo(TopUpWidgetStatus.OPEN);
        clock.advance(Duration.ofSeconds(1));
        assertThat(query.getWidget(session.id()).orElseThrow().status()).isEqualTo(TopUpWidgetStatus.EXPIRED);
    }

    @Test
    void aCompletedSessionComesWithTheTopUpThatCompletedIt() {
        TopUpWidgetSession session = ((OpenTopUpWidgetResult.Opened) service.open(new OpenTopUpWidgetCommand(CUSTOMER))).session();
        TopUp topUp = topUps.insertTopUp(TopUp.notified(new TopUpId(UUID.randomUUID()), new TopUpNotification("FPN9",
                CUSTOMER, OffsetDateTime.parse("2026-11-24T12:00:00+07:00"), "M", Money.parse("50000"), null,
                new TopUpChannel("vabca")), clock.instant()));
        sessions.updateSession(session.complete(topUp.id(), clock.instant()));

        TopUpWidgetResult result = query.getWidget(session.id()).orElseThrow();

        assertThat(result.status()).isEqualTo(TopUpWidgetStatus.COMPLETED);
        assertThat(result.completingTopUp()).hasValueSatisfying(t -> assertThat(t.referenceNo()).contains("FPN9"));
    }
}
