package io.dompet.sandbox;

import io.dompet.sandbox.http.Endpoint;
import io.dompet.sandbox.http.Reply;
import io.dompet.sandbox.http.Request;

/** {@code GET /health} → 200 {@code {"status":"UP"}}. */
final class HealthEndpoint implements Endpoint {

    static final String PATH = "/health";

    private static final Health UP = new Health("UP");

    @Override
    public Reply handle(Request request) {
        return Reply.ok(UP);
    }

    record Health(String status) {
    }
}
