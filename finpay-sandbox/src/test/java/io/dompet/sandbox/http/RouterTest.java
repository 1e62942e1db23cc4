package io.dompet.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RouterTest {

    private final Router router = Router.builder()
            .get("/health", request -> Reply.ok(Map.of("status", "UP")))
            .post("/v1.0/emoney/topup", request -> Reply.ok(Map.of("got", request.bodyText())))
            .get("/v1/widget/check/{token}", request -> Reply.ok(Map.of("token", request.pathParameter("token"))))
            .post("/v1.0/access-token/b2b", request -> {
                throw RequestRejectedException.snap(new SnapError("4017300", "Unauthorized. Signature"));
            })
            .post("/boom", request -> {
                throw new IllegalStateException("secret detail that must not leak");
            })
            .build();

    @Test
    void aRequestReachesTheEndpointOfItsMethodAndPath() {
        Reply reply = router.answer(request("POST", "/v1.0/emoney/topup", "{\"a\":1}"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).isEqualTo("application/json");
        assertThat(reply.bodyText()).isEqualTo("{\"got\":\"{\\\"a\\\":1}\"}");
    }

    @Test
    void aTemplateSegmentIsHandedToTheEndpointAsAPathParameter() {
        Reply reply = router.answer(request("GET", "/v1/widget/check/abc123", ""));

        assertThat(reply.bodyText()).isEqualTo("{\"token\":\"abc123\"}");
    }

    @Test
    void aTemplateSegmentDoesNotMatchAnEmptyOrExtraSegment() {
        assertThat(router.answer(request("GET", "/v1/widget/check/", "")).status()).isEqualTo(404);
        assertThat(router.answer(request("GET", "/v1/widget/check/a/b", "")).status()).isEqualTo(404);
    }

    @Test
    void anUnknownPathIsASnap404() {
        Reply reply = router.answer(request("GET", "/nothing", ""));

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.bodyText()).isEqualTo("{\"responseCode\":\"4040000\",\"responseMessage\":\"Not Found\"}");
    }

    @Test
    void aKnownPathWithAnotherMethodIsASnap405WithAllow() {
        Reply reply = router.answer(request("DELETE", "/v1.0/emoney/topup", ""));

        assertThat(reply.status()).isEqualTo(405);
        assertThat(reply.headers()).containsEntry("Allow", "POST");
        assertThat(reply.bodyText()).contains("\"responseCode\":\"4050000\"");
    }

    @Test
    void aRejectionAnswersWithItsOwnSnapErrorAndStatus() {
        Reply reply = router.answer(request("POST", "/v1.0/access-token/b2b", "{}"));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.bodyText())
                .isEqualTo("{\"responseCode\":\"4017300\",\"responseMessage\":\"Unauthorized. Signature\"}");
    }

    @Test
    void aFailingEndpointIsASnap500ThatRevealsNothing() {
        Reply reply = router.answer(request("POST", "/boom", ""));

        assertThat(reply.status()).isEqualTo(500);
        assertThat(reply.bodyText())
                .isEqualTo("{\"responseCode\":\"5000000\",\"responseMessage\":\"Internal Server Error\"}")
                .doesNotContain("secret detail");
    }

    @Test
    void aRouteCannotBeRegisteredTwice() {
        assertThatThrownBy(() -> Router.builder().get("/a", r -> Reply.ok("x")).get("/a", r -> Reply.ok("y")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GET /a");
    }

    @Test
    void headersAreFoundWhateverTheCaseOfTheirName() {
        Request request = new Request("GET", "/", "", Map.of("X-timestamp", List.of("2024-04-17T12:03:38+07:00")),
                Map.of(), new byte[0]);

        assertThat(request.header("X-TIMESTAMP")).hasValue("2024-04-17T12:03:38+07:00");
        assertThat(request.header("X-SIGNATURE")).isEmpty();
    }

    @Test
    void queryParametersAreDecoded() {
        Request request = new Request("GET", "/widget", "token=a%2Bb&lang=id", Map.of(), Map.of(), new byte[0]);

        assertThat(request.queryParameter("token")).hasValue("a+b");
        assertThat(request.queryParameter("missing")).isEmpty();
    }

    @Test
    void aBodyThatIsNotJsonIsRejectedAsABadRequest() {
        Request request = request("POST", "/x", "not json");

        assertThatThrownBy(request::jsonTree)
                .isInstanceOfSatisfying(RequestRejectedException.class,
                        rejected -> assertThat(rejected.reply().status()).isEqualTo(400));
    }

    @Test
    void aRequestPrintsNeitherHeadersNorBody() {
        Request request = new Request("POST", "/x", "token=t", Map.of("X-SIGNATURE", List.of("sig")), Map.of(),
                "{\"secret\":1}".getBytes(StandardCharsets.UTF_8));

        assertThat(request.toString()).isEqualTo("Request[POST /x, 12 bytes]");
    }

    private static Request request(String method, String path, String body) {
        return new Request(method, path, "", Map.of(), Map.of(), body.getBytes(StandardCharsets.UTF_8));
    }
}
