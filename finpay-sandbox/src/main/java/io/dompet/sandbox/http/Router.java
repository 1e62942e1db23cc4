package io.dompet.sandbox.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Method + path → {@link Endpoint}. Paths are literal ({@code /v1.0/emoney/topup}) or templates whose whole
 * segments may be {@code {name}} ({@code /v1/widget/check/{token}}). The router also turns the ways a request
 * can go wrong into SNAP-style answers: unknown path 404 {@code 4040000}, known path with another method 405
 * {@code 4050000} (with {@code Allow}), a {@link RequestRejectedException} its own reply, anything else 500
 * {@code 5000000} (logged, never echoed).
 */
public final class Router {

    private static final Logger log = LoggerFactory.getLogger(Router.class);
    private static final String JSON = "application/json";

    private final List<Route> routes;

    private Router(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Routes {@code request} (whose path parameters are ignored) and answers it; never throws. */
    public Reply answer(Request request) {
        Set<String> allowed = new TreeSet<>();
        for (Route route : routes) {
            Optional<Map<String, String>> parameters = route.match(request.path());
            if (parameters.isEmpty()) {
                continue;
            }
            if (!route.method().equals(request.method())) {
                allowed.add(route.method());
                continue;
            }
            return call(route, new Request(request.method(), request.path(), request.rawQuery(), request.headers(),
                    parameters.get(), request.body()));
        }
        if (allowed.isEmpty()) {
            return Reply.snapError(SnapError.NOT_FOUND);
        }
        return Reply.snapError(SnapError.METHOD_NOT_ALLOWED).withHeader("Allow", String.join(", ", allowed));
    }

    private static Reply call(Route route, Request request) {
        try {
            return Objects.requireNonNull(route.endpoint().handle(request), "endpoint answered null");
        } catch (RequestRejectedException rejected) {
            return rejected.reply();
        } catch (Exception fault) {
            log.error("Finpay sandbox endpoint {} {} failed", route.method(), route.template(), fault);
            return Reply.snapError(SnapError.INTERNAL_SERVER_ERROR);
        }
    }

    /** Collects routes; a method and template can be registered once. */
    public static final class Builder {

        private final Map<String, Route> routes = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder get(String template, Endpoint endpoint) {
            return route("GET", template, endpoint);
        }

        public Builder post(String template, Endpoint endpoint) {
            return route("POST", template, endpoint);
        }

        /**
         * A {@code POST} whose body must be JSON: a request without {@code Content-Type: application/json} (parameters
         * such as {@code charset} allowed) is refused with HTTP 415 {@code 4150000 Unsupported Media Type}, in the
         * SNAP style of the router's other refusals, before {@code endpoint} sees it; the log line names the type
         * expected and the one sent.
         */
        public Builder postJson(String template, Endpoint endpoint) {
            Objects.requireNonNull(endpoint, "endpoint");
            return post(template, request -> {
                String sent = request.header("Content-Type").orElse("");
                if (!isJson(sent)) {
                    log.info("Finpay sandbox POST {}: Content-Type '{}' refused with 4150000, expected {}",
                            request.path(), sent, JSON);
                    throw RequestRejectedException.snap(SnapError.UNSUPPORTED_MEDIA_TYPE);
                }
                return endpoint.handle(request);
            });
        }

        public Builder route(String method, String template, Endpoint endpoint) {
            Route route = Route.of(method, template, endpoint);
            String key = route.method() + " " + route.template();
            if (routes.putIfAbsent(key, route) != null) {
                throw new IllegalArgumentException("route registered twice: " + key);
            }
            return this;
        }

        public Router build() {
            return new Router(new ArrayList<>(routes.values()));
        }
    }

    /** Whether {@code contentType}'s media type (before any {@code ;} parameter) is {@code application/json}. */
    static boolean isJson(String contentType) {
        int semicolon = contentType.indexOf(';');
        String mediaType = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim();
        return mediaType.equalsIgnoreCase(JSON);
    }

    private record Route(String method, String template, List<String> segments, Endpoint endpoint) {

        static Route of(String method, String template, Endpoint endpoint) {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(template, "template");
            Objects.requireNonNull(endpoint, "endpoint");
            if (!template.startsWith("/")) {
                throw new IllegalArgumentException("a route template starts with /: " + template);
            }
            return new Route(method.toUpperCase(Locale.ROOT), template, List.of(template.substring(1).split("/", -1)),
                    endpoint);
        }

        Optional<Map<String, String>> match(String path) {
            if (!path.startsWith("/")) {
                return Optional.empty();
            }
            String[] parts = path.substring(1).split("/", -1);
            if (parts.length != segments.size()) {
                return Optional.empty();
            }
            Map<String, String> parameters = new LinkedHashMap<>();
            for (int i = 0; i < parts.length; i++) {
                String segment = segments.get(i);
                if (segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}")) {
                    if (parts[i].isEmpty()) {
                        return Optional.empty();
                    }
                    parameters.put(segment.substring(1, segment.length() - 1), parts[i]);
                } else if (!segment.equals(parts[i])) {
                    return Optional.empty();
                }
            }
            return Optional.of(parameters);
        }
    }
}
