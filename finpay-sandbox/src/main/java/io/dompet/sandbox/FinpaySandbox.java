package io.dompet.sandbox;

import io.dompet.sandbox.billwidget.BillWidgetApi;
import io.dompet.sandbox.config.SandboxSettings;
import java.io.IOException;
import java.net.BindException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;

import io.dompet.sandbox.http.Router;
import io.dompet.sandbox.http.SandboxHttpServer;
import io.dompet.sandbox.money.MoneyApi;
import io.dompet.sandbox.money.TopUpNotifier;
import io.dompet.sandbox.notify.NotificationOutcome;
import io.dompet.sandbox.notify.NotifyApi;
import io.dompet.sandbox.snap.SnapApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running Finpay sandbox: an independent stand-in for Finpay's APIs on its own HTTP server.
 * <pre>{@code
 * try (FinpaySandbox sandbox = FinpaySandbox.start(SandboxSettings.defaults())) {
 *     URI finpay = sandbox.baseUrl();   // http://localhost:<port>
 * }
 * }</pre>
 * Endpoints: {@code GET /health}; SNAP Customer Top Up ({@code POST /v1.0/access-token/b2b},
 * {@code /v1.0/emoney/account-inquiry}, {@code /v1.0/emoney/topup}, {@code /v1.0/emoney/topup-status}); and the
 * sandbox-only {@code GET /sandbox/top-ups} and {@code POST}/{@code GET /sandbox/notifications} (Notify Top Up sent to
 * the merchant callback URL, see {@link #merchantCallbackUrl(URI)}); the Finpay Money widget under
 * {@code /apicobrand} ({@code POST security/getToken}, {@code POST widget/topup}, the widget page
 * {@code GET widget/page} and its {@code POST widget/pay}, which sends a Notify Top Up); the Widget Bill Payment
 * ({@code POST /v1/widget/generate}, {@code GET /v1/widget/check/{token}} and the page {@code GET /billwidget}). Unknown paths answer SNAP-style 404 {@code 4040000}, a wrong method 405
 * {@code 4050000}, a failing endpoint 500 {@code 5000000}.
 */
public final class FinpaySandbox implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FinpaySandbox.class);

    private final SnapApi snap;
    private final NotifyApi notify;
    private final SandboxHttpServer server;
    private final URI baseUrl;
    private volatile SandboxSettings settings;

    private FinpaySandbox(SandboxSettings settings, SnapApi snap, NotifyApi notify, SandboxHttpServer server) {
        this.settings = settings;
        this.snap = snap;
        this.notify = notify;
        this.server = server;
        this.baseUrl = URI.create("http://" + host(server.address()) + ":" + server.port());
    }

    /**
     * Starts a sandbox and returns once it accepts connections.
     *
     * @throws SandboxStartException when it cannot listen, e.g. the port is already in use (the message names it)
     */
    public static FinpaySandbox start(SandboxSettings settings) {
        Objects.requireNonNull(settings, "settings");
        InetSocketAddress address = new InetSocketAddress(bindAddress(settings), settings.port());
        SnapApi snap = new SnapApi(settings);
        NotifyApi notify = new NotifyApi(settings);
        AtomicReference<URI> baseUrl = new AtomicReference<>();
        MoneyApi money = new MoneyApi(settings, baseUrl::get,
                (phoneNumber, amount, channel) -> notifyTopUp(notify, phoneNumber, amount, channel));
        BillWidgetApi billWidget = new BillWidgetApi(settings, baseUrl::get);
        SandboxHttpServer server;
        try {
            server = SandboxHttpServer.start(address, routes(snap, notify, money, billWidget),
                    settings.workerThreads());
        } catch (BindException e) {
            notify.close();
            throw new SandboxStartException("Finpay sandbox cannot listen on " + settings.bindAddress() + " port "
                    + settings.port() + ": port " + settings.port() + " is already in use or not available ("
                    + e.getMessage() + ")", e);
        } catch (IOException e) {
            notify.close();
            throw new SandboxStartException("Finpay sandbox cannot start on " + settings.bindAddress() + " port "
                    + settings.port() + ": " + e.getMessage(), e);
        }
        FinpaySandbox sandbox = new FinpaySandbox(settings, snap, notify, server);
        baseUrl.set(sandbox.baseUrl());
        log.debug("Finpay sandbox listening on {}", sandbox.baseUrl());
        return sandbox;
    }

    /** The port it listens on (the chosen one when started with port 0). */
    public int port() {
        return server.port();
    }

    /** {@code http://localhost:<port>} (or the bind address when it is neither IPv4 loopback nor wildcard). */
    public URI baseUrl() {
        return baseUrl;
    }

    /** The settings it runs with, including the current merchant callback URL. */
    public SandboxSettings settings() {
        return settings;
    }

    /**
     * Sends Notify Top Up notifications triggered from now on to {@code url}; {@code null} stops sending them
     * ({@code POST /sandbox/notifications} then answers 409). For an embedder that learns the merchant's port only
     * after the sandbox has started. Deliveries already under way keep their URL.
     *
     * @throws IllegalArgumentException when {@code url} is not an absolute http(s) URL
     */
    public synchronized void merchantCallbackUrl(URI url) {
        settings = settings.withMerchantCallbackUrl(url);
        notify.merchantCallbackUrl(url);
        log.debug("Finpay sandbox notifies {}", url);
    }

    /**
     * Revokes every SNAP access token issued so far (a test hook): the next transactional call with one answers
     * 401xx01 {@code Invalid Token (B2B)}, as Finpay does when it drops a token before its {@code expiresIn}.
     */
    public void revokeAccessTokens() {
        snap.revokeAccessTokens();
    }

    /** Stops promptly and releases the port; notifications still being retried stop too. Idempotent. */
    @Override
    public void close() {
        server.close();
        notify.close();
        log.debug("Finpay sandbox on port {} stopped", server.port());
    }

    private static Router routes(SnapApi snap, NotifyApi notify, MoneyApi money, BillWidgetApi billWidget) {
        return billWidget.register(money.register(notify.register(snap.register(Router.builder()
                        .get(HealthEndpoint.PATH, new HealthEndpoint())))))
                .build();
    }

    /** The widget's Pay button: one Notify Top Up through the notification sender, waiting for the merchant. */
    private static TopUpNotifier.Outcome notifyTopUp(NotifyApi notify, String phoneNumber, String amount,
                                                     String channel) throws InterruptedException {
        NotificationOutcome outcome;
        try {
            outcome = notify.send(phoneNumber, amount, channel).get();
        } catch (IllegalStateException noCallbackUrl) {
            return TopUpNotifier.Outcome.failed(null, "The merchant cannot be notified: no merchant callback URL is"
                    + " configured in the Finpay sandbox.");
        } catch (ExecutionException e) {
            throw new IllegalStateException("notifying the merchant failed", e.getCause());
        }
        if (outcome.delivered()) {
            return TopUpNotifier.Outcome.delivered(outcome.referenceNo());
        }
        String answer = outcome.status() == null ? "no answer" : "HTTP " + outcome.status();
        return TopUpNotifier.Outcome.failed(outcome.referenceNo(), "The merchant did not accept the top-up notification "
                + outcome.referenceNo() + " (" + answer + " after " + outcome.attempts() + " attempt"
                + (outcome.attempts() == 1 ? "" : "s") + ").");
    }

    private static InetAddress bindAddress(SandboxSettings settings) {
        try {
            return InetAddress.getByName(settings.bindAddress());
        } catch (UnknownHostException e) {
            throw new SandboxStartException("Finpay sandbox cannot resolve bind address " + settings.bindAddress(), e);
        }
    }

    private static String host(InetSocketAddress address) {
        InetAddress ip = address.getAddress();
        if (ip.isAnyLocalAddress() || (ip instanceof Inet4Address && ip.isLoopbackAddress())) {
            return "localhost";
        }
        String literal = ip.getHostAddress();
        return literal.contains(":") ? "[" + literal + "]" : literal;
    }
}
