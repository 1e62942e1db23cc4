package io.dompet.adapter.web.billwidget;

import static io.dompet.adapter.web.ProblemExpectations.assertProblem;
import static io.dompet.adapter.web.WebAdapterTestApplication.ACME_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import io.dompet.adapter.web.FakeUseCases;
import io.dompet.adapter.web.WebAdapterTestApplication;
import io.dompet.application.port.in.GenerateBillWidgetResult;
import io.dompet.domain.shared.Money;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * With Finpay configured for whole-rupiah bill amounts ({@code dompet.finpay.bill-widget.bill-amount-format=integer},
 * which bootstrap turns into {@code BillAmountPrecision.WHOLE_RUPIAH}): an amount with cents is refused when the request
 * is validated, naming {@code billInfo.amount}, and nothing reaches the use case (nothing is stored or sent).
 */
@SpringBootTest(classes = WebAdapterTestApplication.class, properties = "test.bill-amount-precision=WHOLE_RUPIAH")
@AutoConfigureMockMvc
class BillWidgetControllerWholeRupiahTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    FakeUseCases fakes;

    @BeforeEach
    void resetFakes() {
        fakes.reset();
    }

    private MvcTestResult postWidgetWithAmount(String amount) {
        return mvc.post().uri("/api/v1/bill-widgets").header("X-API-Key", ACME_KEY)
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"productCodes": ["080003"], "billInfo": {"billNumber": "0001234567890", "amount": "%s"}}
                        """.formatted(amount)).exchange();
    }

    @ParameterizedTest
    @ValueSource(strings = {"150000.50", "0.01", "150000.1"})
    void anAmountWithCentsIsRefusedNamingItAndNothingReachesTheUseCase(String amount) {
        MvcTestResult result = postWidgetWithAmount(amount);

        assertProblem(result, HttpStatus.BAD_REQUEST, "invalid-request");
        assertThat(result).bodyJson().extractingPath("$.errors[*].field").isEqualTo(List.of("billInfo.amount"));
        assertThat(result).bodyJson().extractingPath("$.errors[0].message")
                .isEqualTo("billInfo.amount must be whole rupiah, without cents");
        assertThat(fakes.billWidgetGenerations.calls()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"150000", "150000.00", "0"})
    void aWholeRupiahAmountIsAccepted(String amount) {
        fakes.billWidgetGenerations.answersWith(new GenerateBillWidgetResult.Generated(BillWidgets.issued()));

        assertThat(postWidgetWithAmount(amount)).hasStatus(HttpStatus.CREATED);
        assertThat(fakes.billWidgetGenerations.calls()).singleElement()
                .satisfies(command -> assertThat(command.billInfo().amount()).isEqualTo(Money.parse(amount)));
    }
}
