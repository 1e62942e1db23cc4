package io.dompet.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.dompet.client.api.BillWidgetsApi;
import io.dompet.client.api.EventsApi;
import io.dompet.client.api.TopUpWidgetsApi;
import io.dompet.client.api.TopUpsApi;
import io.dompet.client.api.WalletsApi;
import io.dompet.client.invoker.ApiClient;
import io.dompet.client.invoker.ApiException;
import io.dompet.client.invoker.ApiResponse;
import io.dompet.client.model.BillInfoRequest;
import io.dompet.client.model.BillWidgetRequest;
import io.dompet.client.model.BillWidgetEvent;
import io.dompet.client.model.BillWidgetResponse;
import io.dompet.client.model.BillerResponse;
import io.dompet.client.model.EventPageResponse;
import io.dompet.client.model.EventResponse;
import io.dompet.client.model.FieldProblem;
import io.dompet.client.model.IssuedBillWidgetResponse;
import io.dompet.client.model.NotificationConflictEvent;
import io.dompet.client.model.Problem;
import io.dompet.client.model.TopUpEvent;
import io.dompet.client.model.TopUpInquiryRequest;
import io.dompet.client.model.TopUpInquiryResponse;
import io.dompet.client.model.TopUpRequest;
import io.dompet.client.model.TopUpResponse;
import io.dompet.client.model.TopUpWidgetEvent;
import io.dompet.client.model.TopUpWidgetRequest;
import io.dompet.client.model.TopUpWidgetResponse;
import io.dompet.client.model.WalletResponse;
import io.dompet.sandbox.FinpaySandbox;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * dompet driven through {@code dompet-client}, the Java client generated from the committed contract
 * ({@code docs/openapi.yaml}): what a client built from the contract sends is what dompet takes, and what dompet
 * answers, resources and problems alike, is what the client reads. The API key goes in a request interceptor, the
 * {@code Idempotency-Key} is the top-up operation's parameter, and a problem is the client's {@link ApiException}
 * whose body reads as the contract's {@link Problem}.
 */
class GeneratedClientEndToEndTest extends SandboxApplicationTest {

    @Autowired
    FinpaySandbox sandbox;

    @Test
    void aTopUpThroughTheClientSucceedsAndItsRepeatIsReplayedWithoutASecondTopUp() throws Exception {
        TopUpsApi topUps = new TopUpsApi(client(SANDBOX_KEY));
        String customer = freshCustomer();
        String key = "client-" + UUID.randomUUID();
        TopUpRequest request = new TopUpRequest().customerNumber(customer).amount("50000");

        ApiResponse<TopUpResponse> created = topUps.createTopUpWithHttpInfo(key, request);
        ApiResponse<TopUpResponse> repeated = topUps.createTopUpWithHttpInfo(key, request);

        assertThat(created.getStatusCode()).isEqualTo(201);
        TopUpResponse topUp = created.getData();
        assertThat(topUp.getStatus()).isEqualTo(TopUpResponse.StatusEnum.SUCCEEDED);
        assertThat(topUp.getAmount()).isEqualTo("50000.00");
        assertThat(topUp.getClient()).isEqualTo("sandbox");
        assertThat(topUp.getLivemode()).isFalse();
        assertThat(repeated.getStatusCode()).isEqualTo(200);
        assertThat(repeated.getHeaders().get("idempotent-replayed")).containsExactly("true");
        assertThat(repeated.getData().getId()).isEqualTo(topUp.getId());
        assertThat(topUps.getTopUp(topUp.getId().toString()).getStatus()).isEqualTo(TopUpResponse.StatusEnum.SUCCEEDED);
        WalletResponse wallet = new WalletsApi(client(SANDBOX_KEY)).getWallet(customer);
        assertThat(wallet.getCreditedTotal()).isEqualTo("50000.00");
        assertThat(wallet.getTopUps()).extracting(TopUpResponse::getId).containsExactly(topUp.getId());
    }

    @Test
    void theInquiryThroughTheClientReadsTheFeeAndTheLimits() throws Exception {
        TopUpInquiryResponse inquiry = new TopUpsApi(client(SANDBOX_KEY))
                .inquireTopUp(new TopUpInquiryRequest().customerNumber(freshCustomer()).amount("50000"));

        assertThat(inquiry.getFee()).isEqualTo("1000.00");
        assertThat(inquiry.getMinAmount()).isEqualTo("10000.00");
        assertThat(inquiry.getCustomerNumber()).contains("******");
    }

    @Test
    void aKeyReusedForAnotherTopUpIsAnApiExceptionWhoseBodyIsTheProblem() throws Exception {
        TopUpsApi topUps = new TopUpsApi(client(SANDBOX_KEY));
        String customer = freshCustomer();
        String key = "client-" + UUID.randomUUID();
        topUps.createTopUp(key, new TopUpRequest().customerNumber(customer).amount("20000"));

        ApiException conflict = catchThrowableOfType(ApiException.class,
                () -> topUps.createTopUp(key, new TopUpRequest().customerNumber(customer).amount("20001")));

        assertThat(conflict.getCode()).isEqualTo(409);
        assertThat(conflict.getResponseHeaders().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        Problem problem = problem(conflict);
        assertThat(problem.getType()).hasToString("https://dompet.io/problems/idempotency-key-conflict");
        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getTitle()).isEqualTo("Idempotency key conflict");
        assertThat(problem.getInstance().getScheme()).isEqualTo("urn");
    }

    @Test
    void anInvalidFieldIsAnApiExceptionWhoseProblemNamesTheField() throws Exception {
        ApiException invalid = catchThrowableOfType(ApiException.class, () -> new TopUpsApi(client(SANDBOX_KEY))
                .createTopUp("client-" + UUID.randomUUID(), new TopUpRequest().customerNumber(freshCustomer()).amount("10.001")));

        assertThat(invalid.getCode()).isEqualTo(400);
        Problem problem = problem(invalid);
        assertThat(problem.getType()).hasToString("https://dompet.io/problems/invalid-request");
        assertThat(problem.getErrors()).extracting(FieldProblem::getField).containsExactly("amount");
        assertThat(problem.getErrors().get(0).getMessage()).isNotBlank();
    }

    @Test
    void withoutAnApiKeyEveryOperationIsAnUnauthorizedProblem() throws Exception {
        ApiException unauthorized = catchThrowableOfType(ApiException.class,
                () -> new WalletsApi(client(null)).getWallet(freshCustomer()));

        assertThat(unauthorized.getCode()).isEqualTo(401);
        assertThat(unauthorized.getResponseHeaders().firstValue("WWW-Authenticate")).hasValue("ApiKey");
        assertThat(problem(unauthorized).getType()).hasToString("https://dompet.io/problems/unauthorized");
    }

    @Test
    void aTopUpWidgetIssuedThroughTheClientIsOpenAndReadsBack() throws Exception {
        TopUpWidgetsApi widgets = new TopUpWidgetsApi(client(SANDBOX_KEY));

        ApiResponse<TopUpWidgetResponse> opened = widgets.openTopUpWidgetWithHttpInfo(
                new TopUpWidgetRequest().phoneNumber(freshCustomer()));

        assertThat(opened.getStatusCode()).isEqualTo(201);
        TopUpWidgetResponse widget = opened.getData();
        assertThat(widget.getStatus()).isEqualTo(TopUpWidgetResponse.StatusEnum.OPEN);
        assertThat(widget.getWidgetUrl()).isNotNull();
        assertThat(widget.getTopUp()).isNull();
        assertThat(opened.getHeaders().get("location")).singleElement().asString().endsWith("/api/v1/top-up-widgets/" + widget.getId());
        TopUpWidgetResponse read = widgets.getTopUpWidget(widget.getId().toString());
        assertThat(read.getStatus()).isEqualTo(TopUpWidgetResponse.StatusEnum.OPEN);
        assertThat(read.getTransNumber()).isEqualTo(widget.getTransNumber());
    }

    @Test
    void aBillWidgetIssuedThroughTheClientIsCheckedWithFinpayAndTheCatalogueListsItsBiller() throws Exception {
        BillWidgetsApi billWidgets = new BillWidgetsApi(client(SANDBOX_KEY));

        IssuedBillWidgetResponse issued = billWidgets.issueBillWidget(new BillWidgetRequest()
                .productCodes(Set.of("080003"))
                .billInfo(new BillInfoRequest().billNumber("8888800393834857").amount("150000.00").period("01"))
                .timeoutSeconds(1800));

        assertThat(issued.getStatus()).isEqualTo(IssuedBillWidgetResponse.StatusEnum.ISSUED);
        assertThat(issued.getRedirectUrl()).isNotNull();
        BillWidgetResponse checked = billWidgets.getBillWidget(issued.getId().toString(), "true");
        assertThat(checked.getStatus()).isEqualTo(BillWidgetResponse.StatusEnum.ISSUED);
        assertThat(checked.getFinpayCheck().getValid()).isTrue();
        assertThat(billWidgets.listBillers()).extracting(BillerResponse::getCode).contains("080003");
    }

    @Test
    void anUnknownProductCodeIsAnApiExceptionWhoseProblemListsIt() throws Exception {
        ApiException unknown = catchThrowableOfType(ApiException.class, () -> new BillWidgetsApi(client(SANDBOX_KEY))
                .issueBillWidget(new BillWidgetRequest().productCodes(Set.of("999999"))));

        assertThat(unknown.getCode()).isEqualTo(422);
        Problem problem = problem(unknown);
        assertThat(problem.getType()).hasToString("https://dompet.io/problems/unknown-product-code");
        assertThat(problem.getProductCodes()).containsExactly("999999");
    }

    @Test
    void theEventsListThroughTheClientShowsEachTopUpOnceAsATypedSucceededEventWithTheCustomerMasked() throws Exception {
        TopUpsApi topUps = new TopUpsApi(client(SANDBOX_KEY));
        Map<UUID, String> made = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            String customer = freshCustomer();
            TopUpResponse topUp = topUps.createTopUp("client-" + UUID.randomUUID(),
                    new TopUpRequest().customerNumber(customer).amount("30000"));
            made.put(topUp.getId(), customer);
        }
        EventsApi events = new EventsApi(client(SANDBOX_KEY));

        List<String> eventIds = new ArrayList<>();
        Map<UUID, TopUpResponse> shown = new LinkedHashMap<>();
        int pages = 0;
        String cursor = null;
        boolean hasMore = true;
        while (hasMore) {
            EventPageResponse page = events.listEvents(cursor, "2", "top_up.succeeded");
            pages++;
            assertThat(page.getData()).hasSizeLessThanOrEqualTo(2);
            for (EventResponse listed : page.getData()) {
                TopUpEvent event = listed.getTopUpEvent();
                assertThat(event.getType()).isEqualTo(TopUpEvent.TypeEnum.TOP_UP_SUCCEEDED);
                assertThat(event.getId()).startsWith("evt_");
                assertThat(event.getLivemode()).isFalse();
                eventIds.add(event.getId());
                TopUpResponse data = event.getData();
                if (made.containsKey(data.getId())) {
                    shown.put(data.getId(), data);
                }
            }
            hasMore = page.getHasMore();
            assertThat(page.getNextCursor()).isNotBlank();
            cursor = page.getNextCursor();
        }

        assertThat(pages).isGreaterThan(1);
        assertThat(new HashSet<>(eventIds)).hasSameSizeAs(eventIds);
        assertThat(shown).containsOnlyKeys(made.keySet());
        shown.forEach((id, topUp) -> {
            String customer = made.get(id);
            assertThat(topUp.getStatus()).isEqualTo(TopUpResponse.StatusEnum.SUCCEEDED);
            assertThat(topUp.getAmount()).isEqualTo("30000.00");
            assertThat(topUp.getCustomerNumber()).isEqualTo(customer.substring(0, 4) + "******" + customer.substring(10))
                    .doesNotContain(customer.substring(4, 10));
        });
    }

    @Test
    void everyEventOfTheLogReadsWithTheClientsDefaultSettingsAsTheTypedEventItsTypeNames() throws Exception {
        String customer = freshCustomer();
        TopUpWidgetResponse widget = new TopUpWidgetsApi(client(SANDBOX_KEY))
                .openTopUpWidget(new TopUpWidgetRequest().phoneNumber(customer));
        sandboxNotifies(customer, "40000.00");
        IssuedBillWidgetResponse billWidget = new BillWidgetsApi(client(SANDBOX_KEY)).issueBillWidget(new BillWidgetRequest()
                .productCodes(Set.of("080003")).timeoutSeconds(1800));
        EventsApi events = new EventsApi(client(SANDBOX_KEY));

        List<Object> read = new ArrayList<>();
        String cursor = null;
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!readsOf(read, widget.getId(), billWidget.getId()) && System.nanoTime() < until) {
            EventPageResponse page = events.listEvents(cursor, "100", null);
            page.getData().forEach(event -> read.add(event.getActualInstance()));
            cursor = page.getNextCursor();
            if (!page.getHasMore()) {
                Thread.sleep(50); // the log shows an event once every transaction that could precede it has ended
            }
        }

        assertThat(read).allSatisfy(GeneratedClientEndToEndTest::isTypedByItsType);
        assertThat(read).filteredOn(TopUpWidgetEvent.class::isInstance).map(TopUpWidgetEvent.class::cast)
                .filteredOn(event -> event.getData().getId().equals(widget.getId())).singleElement()
                .satisfies(event -> {
                    assertThat(event.getType()).isEqualTo(TopUpWidgetEvent.TypeEnum.TOP_UP_WIDGET_COMPLETED);
                    assertThat(event.getData().getStatus()).isEqualTo(TopUpWidgetResponse.StatusEnum.COMPLETED);
                    assertThat(event.getData().getTopUp().getAmount()).isEqualTo("40000.00");
                });
        UUID credited = read.stream().filter(TopUpWidgetEvent.class::isInstance).map(TopUpWidgetEvent.class::cast)
                .filter(event -> event.getData().getId().equals(widget.getId())).findFirst().orElseThrow()
                .getData().getTopUp().getId();
        assertThat(read).filteredOn(TopUpEvent.class::isInstance).map(TopUpEvent.class::cast)
                .filteredOn(event -> event.getType() == TopUpEvent.TypeEnum.NOTIFICATION_CREDITED)
                .filteredOn(event -> event.getData().getId().equals(credited)).singleElement()
                .satisfies(event -> assertThat(event.getData().getCustomerNumber())
                        .isEqualTo(customer.substring(0, 4) + "******" + customer.substring(10)));
        assertThat(read).filteredOn(BillWidgetEvent.class::isInstance).map(BillWidgetEvent.class::cast)
                .filteredOn(event -> event.getData().getId().equals(billWidget.getId())).singleElement()
                .satisfies(event -> {
                    assertThat(event.getType()).isEqualTo(BillWidgetEvent.TypeEnum.BILL_WIDGET_ISSUED);
                    assertThat(event.getData().getStatus()).isEqualTo(BillWidgetResponse.StatusEnum.ISSUED);
                    assertThat(event.getData().getProductCodes()).containsExactly("080003");
                });
    }

    /** Whether {@code read} holds the completion of the top-up widget and the issue of the bill widget. */
    private static boolean readsOf(List<Object> read, UUID widget, UUID billWidget) {
        return read.stream().anyMatch(event -> event instanceof TopUpWidgetEvent completed
                && completed.getData().getId().equals(widget))
                && read.stream().anyMatch(event -> event instanceof BillWidgetEvent issued
                && issued.getData().getId().equals(billWidget));
    }

    /** The event's class and its data's are the ones its type maps to, as the contract's discriminator says. */
    private static void isTypedByItsType(Object event) {
        if (event instanceof TopUpEvent topUp) {
            assertThat(topUp.getType().getValue()).matches("top_up\\.[a-z_]+|notification\\.credited");
            assertThat(topUp.getData().getId()).isNotNull();
        } else if (event instanceof NotificationConflictEvent conflict) {
            assertThat(conflict.getType()).isEqualTo(NotificationConflictEvent.TypeEnum.NOTIFICATION_CONFLICT);
            assertThat(conflict.getData()).isNotNull();
        } else if (event instanceof TopUpWidgetEvent widget) {
            assertThat(widget.getType().getValue()).startsWith("top_up_widget.");
            assertThat(widget.getData().getId()).isNotNull();
        } else {
            assertThat(event).isInstanceOf(BillWidgetEvent.class);
            assertThat(((BillWidgetEvent) event).getType().getValue()).startsWith("bill_widget.");
            assertThat(((BillWidgetEvent) event).getData().getId()).isNotNull();
        }
    }

    /** A client of this dompet that sends {@code apiKey} in {@code X-API-Key} (none when null). */
    private ApiClient client(@Nullable String apiKey) {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port);
        if (apiKey != null) {
            client.setRequestInterceptor(request -> request.header("X-API-Key", apiKey));
        }
        return client;
    }

    /** The problem document an {@link ApiException} carries, read with the client's own JSON mapping. */
    private static Problem problem(ApiException exception) throws IOException {
        return ApiClient.createDefaultObjectMapper().readValue(exception.getResponseBody(), Problem.class);
    }

    /** The sandbox sends Finpay's Notify Top Up for {@code customer}, as a customer paying at a channel would cause. */
    private void sandboxNotifies(String customer, String amount) throws Exception {
        String request = "{\"phoneNo\":\"" + customer + "\",\"amount\":\"" + amount + "\",\"channel\":\"alfamart\"}";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(sandbox.baseUrl().resolve("/sandbox/notifications?wait=true"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(request)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    /** A customer number no other test uses, which the sandbox tops up successfully (it does not end 0001 … 0011). */
    private static String freshCustomer() {
        return "0815" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000)) + "77";
    }
}
