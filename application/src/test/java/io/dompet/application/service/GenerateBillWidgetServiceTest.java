package io.dompet.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.application.fakes.InMemoryBillWidgets;
import io.dompet.application.fakes.InlineTransactions;
import io.dompet.application.fakes.MutableClock;
import io.dompet.application.fakes.SequentialReferences;
import io.dompet.application.port.in.BillWidgetResult;
import io.dompet.application.port.in.GenerateBillWidgetCommand;
import io.dompet.application.port.in.GenerateBillWidgetResult;
import io.dompet.application.port.out.BillWidgetPort;
import io.dompet.domain.billwidget.BillInfo;
import io.dompet.domain.billwidget.BillWidget;
import io.dompet.domain.billwidget.BillWidgetStatus;
import io.dompet.domain.billwidget.ProductCode;
import io.dompet.domain.shared.FinpayFailure;
import io.dompet.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GenerateBillWidgetServiceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T05:00:00Z"));
    private final InlineTransactions transactions = new InlineTransactions();
    private final InMemoryBillWidgets store = new InMemoryBillWidgets();
    private final List<BillWidgetPort.GenerateRequest> requests = new ArrayList<>();
    private final List<BillWidgetStatus> storedWhenFinpayWasAsked = new ArrayList<>();
    private BillWidgetPort.GenerateOutcome answer =
            new BillWidgetPort.GenerateOutcome.Generated("https://devo.finnet.co.id/?token=abc123", "abc123");
    private BillWidgetPort.CheckOutcome checkAnswer = new BillWidgetPort.CheckOutcome.Valid(List.of("080003"), "B1", true);
    private final BillWidgetPort finpay = new BillWidgetPort() {
        @Override
        public GenerateOutcome generate(GenerateRequest request) {
            if (transactions.isOpen()) {
                throw new AssertionError("Finpay was called inside a transaction");
            }
            requests.add(request);
            storedWhenFinpayWasAsked.add(store.all().get(store.all().size() - 1).storedStatus());
            return answer;
        }

        @Override
        public CheckOutcome check(String token) {
            return checkAnswer;
        }
    };
    private final BillWidgetDefaults defaults = new BillWidgetDefaults(Duration.ofHours(1), "https://shop.example/back",
            "https://shop.example/return", true);
    private final GenerateBillWidgetService service = new GenerateBillWidgetService(finpay, store, store, transactions,
            new SequentialReferences(), defaults, clock);
    private final GetBillWidgetService query = new GetBillWidgetService(store, finpay, transactions, clock);

    private static GenerateBillWidgetCommand command(List<String> codes, Duration timeout) {
        return new GenerateBillWidgetCommand(codes.stream().map(ProductCode::new).toList(),
                new BillInfo("8888800393834857", Money.parse("150000"), "01", "Budi  Santoso", "081234567890",
                        "budi@example.com"), timeout, null, null, null);
    }

    @Test
    void aGeneratedWidgetIsIssuedWithFinpaysRedirectAndTokenAfterBeingStoredFirst() {
        GenerateBillWidgetResult result = service.generate(command(List.of("080003"), null));

        assertThat(result).isInstanceOf(GenerateBillWidgetResult.Generated.class);
        BillWidget widget = ((GenerateBillWidgetResult.Generated) result).widget();
        assertThat(widget.storedStatus()).isEqualTo(BillWidgetStatus.ISSUED);
        assertThat(widget.redirectUrl()).contains("https://devo.finnet.co.id/?token=abc123");
        assertThat(widget.token()).contains("abc123");
        assertThat(widget.expiresAt()).contains(clock.instant().plus(Duration.ofHours(1)));
        assertThat(widget.backUrl()).isEqualTo("https://shop.example/back");
        assertThat(storedWhenFinpayWasAsked).containsExactly(BillWidgetStatus.REQUESTED);
        assertThat(requests).singleElement().satisfies(request -> {
            assertThat(request.trxId()).isEqualTo(widget.trxId());
            assertThat(request.uniqKey()).isEqualTo(widget.uniqKey()).isNotEqualTo(widget.trxId());
            assertThat(request.billInfo()).isNotNull();
            assertThat(request.isNotif()).isTrue();
        });
    }

    @Test
    void unknownProductCodesAreRefusedBeforeAnythingIsStoredOrSent() {
        GenerateBillWidgetResult result = service.generate(command(List.of("080003", "999999", "123456"), null));

        assertThat(result).isEqualTo(new GenerateBillWidgetResult.UnknownProductCodes(
                List.of(new ProductCode("999999"), new ProductCode("123456"))));
        assertThat(store.all()).isEmpty();
        assertThat(requests).isEmpty();
    }

    @Test
    void aRefusalLeavesAFailedWidgetWithFinpaysCode() {
        answer = new BillWidgetPort.GenerateOutcome.Refused(new FinpayFailure("4010000", "Invalid Signature"));

        GenerateBillWidgetResult result = service.generate(command(List.of("080003"), null));

        assertThat(result).isInstanceOf(GenerateBillWidgetResult.Refused.class);
        assertThat(((GenerateBillWidgetResult.Refused) result).widget().failure())
                .contains(new FinpayFailure("4010000", "Invalid Signature"));
        assertThat(store.all()).allMatch(w -> w.storedStatus() == BillWidgetStatus.FAILED);
    }

    @Test
    void noAnswerLeavesAFailedWidgetToo() {
        answer = new BillWidgetPort.GenerateOutcome.Unknown("timeout");

        assertThat(service.generate(command(List.of("080003"), null))).isInstanceOf(GenerateBillWidgetResult.Unavailable.class);
        assertThat(store.all()).allMatch(w -> w.storedStatus() == BillWidgetStatus.FAILED);
    }

    @Test
    void theWidgetReadsExpiredOnceItsTimeoutHasPassed() {
        BillWidget widget = ((GenerateBillWidgetResult.Generated) service.generate(
                command(List.of("080003"), Duration.ofSeconds(30)))).widget();

        clock.advance(Duration.ofSeconds(29));
        assertThat(query.getBillWidget(widget.id(), false).orElseThrow().status()).isEqualTo(BillWidgetStatus.ISSUED);
        clock.advance(Duration.ofSeconds(1));
        assertThat(query.getBillWidget(widget.id(), false).orElseThrow().status()).isEqualTo(BillWidgetStatus.EXPIRED);
    }

    @Test
    void aCheckAsksFinpayWithTheWidgetsTokenOnlyWhenAskedTo() {
        BillWidget widget = ((GenerateBillWidgetResult.Generated) service.generate(command(List.of("080003"), null))).widget();

        assertThat(query.getBillWidget(widget.id(), false).orElseThrow().finpayCheck()).isEmpty();
        checkAnswer = new BillWidgetPort.CheckOutcome.Invalid(new FinpayFailure("APP:EXPIRED", "Token expired"));
        assertThat(query.getBillWidget(widget.id(), true).orElseThrow().finpayCheck())
                .contains(new BillWidgetResult.FinpayCheck(false, "APP:EXPIRED", "Token expired"));
    }
}
