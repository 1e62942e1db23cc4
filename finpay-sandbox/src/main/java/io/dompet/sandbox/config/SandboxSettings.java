package io.dompet.sandbox.config;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * How to start a {@link io.dompet.sandbox.FinpaySandbox}. Start from {@link #defaults()} and change what differs:
 * <pre>{@code SandboxSettings.defaults().withPort(0).withMerchantCallbackUrl(URI.create("http://localhost:8080/callbacks/finpay/top-up"))}</pre>
 * Groups of settings that belong together are records of their own ({@link SlowAnswers}, {@link NotificationDelivery},
 * the four variants); what remains is one wither per component, which callers in every module use, and the private
 * {@code Draft} that copies the components by name: that is why this record is a little over 250 lines.
 *
 * @param port                 the port to listen on; 0 picks a free one
 * @param bindAddress          the address to listen on, loopback {@value #LOOPBACK} by default
 * @param merchantCallbackUrl  where Notify Top Up callbacks go; {@code null} when none is configured
 * @param credentials          the credentials the sandbox accepts and uses
 * @param merchantPublicKeyPem the X.509 PEM public key with which SNAP token signatures are verified
 * @param tokenLifetime        how long a SNAP access token stays valid ({@value #DEFAULT_TOKEN_LIFETIME_SECONDS} s)
 * @param snapVariant          the SNAP variant played: signature encoding, unknown status reference, optional answer
 *                             fields ({@link SnapVariant#defaults()}, like dompet's defaults)
 * @param slowAnswers          how long the slow test customers' answers are held ({@link SlowAnswers#defaults()})
 * @param notifications        how Notify Top Up is delivered: retries, attempts, pretty-printing
 *                             ({@link NotificationDelivery#defaults()})
 * @param moneyTokenLifetime   how long a Finpay Money {@code tokenID} (from {@code getToken}) stays valid (1 h)
 * @param moneyWidgetVariant   the Finpay Money widget variant played: hex key case, {@code requestType} spelling
 *                             ({@link MoneyWidgetVariant#defaults()}, like dompet's defaults)
 * @param billWidgetVariant    the bill widget variant played: digest case, merchant-id field, Check Token shape
 *                             ({@link BillWidgetVariant#defaults()}, like dompet's defaults and Finpay's table)
 * @param notifyVariant        how Notify Top Up is signed ({@link NotifyVariant#defaults()}, the recipe dompet verifies
 *                             by default)
 * @param clock                the bill widget's clock: the {@code timestamp} window and when widget tokens expire
 *                             ({@link Clock#systemUTC()} by default; a test sets one it can move forward). The other
 *                             APIs use the system clock.
 * @param workerThreads        how many requests the sandbox serves at once ({@value #DEFAULT_WORKER_THREADS}); a held or
 *                             stalled answer keeps one busy, the others wait in a queue
 */
public record SandboxSettings(int port, String bindAddress, URI merchantCallbackUrl, SandboxCredentials credentials,
                              String merchantPublicKeyPem, Duration tokenLifetime, SnapVariant snapVariant,
                              SlowAnswers slowAnswers, NotificationDelivery notifications, Duration moneyTokenLifetime,
                              MoneyWidgetVariant moneyWidgetVariant, BillWidgetVariant billWidgetVariant,
                              NotifyVariant notifyVariant, Clock clock, int workerThreads) {

    public static final String LOOPBACK = "127.0.0.1";
    public static final long DEFAULT_TOKEN_LIFETIME_SECONDS = 900;
    public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofSeconds(DEFAULT_TOKEN_LIFETIME_SECONDS);
    public static final Duration DEFAULT_MONEY_TOKEN_LIFETIME = Duration.ofHours(1);
    public static final int DEFAULT_WORKER_THREADS = 16;
    public static final int MAX_WORKER_THREADS = 512;

    public SandboxSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
        }
        if (bindAddress == null || bindAddress.isBlank()) {
            throw new IllegalArgumentException("bindAddress must not be blank");
        }
        if (merchantCallbackUrl != null && !isHttpUrl(merchantCallbackUrl)) {
            throw new IllegalArgumentException("merchantCallbackUrl must be an absolute http(s) URL: " + merchantCallbackUrl);
        }
        Objects.requireNonNull(credentials, "credentials");
        SandboxKeys.parsePublicKey(merchantPublicKeyPem);
        Durations.requirePositive(tokenLifetime, "tokenLifetime");
        Objects.requireNonNull(snapVariant, "snapVariant");
        Objects.requireNonNull(slowAnswers, "slowAnswers");
        Objects.requireNonNull(notifications, "notifications");
        Durations.requirePositive(moneyTokenLifetime, "moneyTokenLifetime");
        Objects.requireNonNull(moneyWidgetVariant, "moneyWidgetVariant");
        Objects.requireNonNull(billWidgetVariant, "billWidgetVariant");
        Objects.requireNonNull(notifyVariant, "notifyVariant");
        Objects.requireNonNull(clock, "clock");
        if (workerThreads < 1 || workerThreads > MAX_WORKER_THREADS) {
            throw new IllegalArgumentException("workerThreads must be between 1 and " + MAX_WORKER_THREADS + ": "
                    + workerThreads);
        }
    }

    /**
     * A random free port on loopback, no callback URL, the default credentials, the bundled merchant key, 900 s SNAP
     * and 1 h Finpay Money tokens, every component's own defaults (the variants are dompet's defaults), the system
     * clock and {@value #DEFAULT_WORKER_THREADS} worker threads.
     */
    public static SandboxSettings defaults() {
        return new Draft().build();
    }

    public SandboxSettings withPort(int port) {
        return with(next -> next.port = port);
    }

    public SandboxSettings withBindAddress(String bindAddress) {
        return with(next -> next.bindAddress = bindAddress);
    }

    /** Where Notify Top Up callbacks go; {@code null} for none. */
    public SandboxSettings withMerchantCallbackUrl(URI merchantCallbackUrl) {
        return with(next -> next.merchantCallbackUrl = merchantCallbackUrl);
    }

    public SandboxSettings withCredentials(SandboxCredentials credentials) {
        return with(next -> next.credentials = credentials);
    }

    /** The merchant's X.509 PEM public key, for a dompet that signs with its own key instead of the sandbox one. */
    public SandboxSettings withMerchantPublicKeyPem(String merchantPublicKeyPem) {
        return with(next -> next.merchantPublicKeyPem = merchantPublicKeyPem);
    }

    /** How long SNAP access tokens stay valid; short lifetimes let tests expire tokens. */
    public SandboxSettings withTokenLifetime(Duration tokenLifetime) {
        return with(next -> next.tokenLifetime = tokenLifetime);
    }

    /** The SNAP variant the sandbox plays, e.g. {@code withSnapVariant(SnapVariant.defaults().withTokenExpiresIn(OMIT))}. */
    public SandboxSettings withSnapVariant(SnapVariant snapVariant) {
        return with(next -> next.snapVariant = snapVariant);
    }

    /** How long a top-up for a number ending {@code 0002} is held (processed) before its answer is sent. */
    public SandboxSettings withSlowAnswerDelay(Duration delay) {
        return withSlowAnswers(new SlowAnswers(delay, slowAnswers.successDelay(), slowAnswers.inquiryDelay()));
    }

    /** How long a top-up for a number ending {@code 0006} is held before its success is sent. */
    public SandboxSettings withSlowSuccessDelay(Duration delay) {
        return withSlowAnswers(new SlowAnswers(slowAnswers.answerDelay(), delay, slowAnswers.inquiryDelay()));
    }

    /** How long an account inquiry for a number ending {@code 0008} is held before its answer is sent. */
    public SandboxSettings withSlowInquiryDelay(Duration delay) {
        return withSlowAnswers(new SlowAnswers(slowAnswers.answerDelay(), slowAnswers.successDelay(), delay));
    }

    /** How long every slow test customer's answer is held. */
    public SandboxSettings withSlowAnswers(SlowAnswers slowAnswers) {
        return with(next -> next.slowAnswers = slowAnswers);
    }

    /**
     * How Notify Top Up deliveries retry: {@code attempts} in all (the first included), waiting {@code baseDelay}
     * before the second and twice as long before each next one (capped at 60 s). Short delays make tests fast.
     */
    public SandboxSettings withNotificationRetry(Duration baseDelay, int attempts) {
        return withNotifications(new NotificationDelivery(baseDelay, attempts, notifications.prettyPrint()));
    }

    /** Whether Notify Top Up bodies are sent pretty-printed (still signed over their minified form). */
    public SandboxSettings withPrettyPrintedNotifications(boolean prettyPrint) {
        return withNotifications(new NotificationDelivery(notifications.retryBaseDelay(), notifications.attempts(),
                prettyPrint));
    }

    /** How Notify Top Up is delivered. */
    public SandboxSettings withNotifications(NotificationDelivery notifications) {
        return with(next -> next.notifications = notifications);
    }

    /** How long a Finpay Money {@code tokenID} stays valid; short lifetimes let tests expire tokens. */
    public SandboxSettings withMoneyTokenLifetime(Duration moneyTokenLifetime) {
        return with(next -> next.moneyTokenLifetime = moneyTokenLifetime);
    }

    /** The Finpay Money widget variant the sandbox plays (match dompet's settings). */
    public SandboxSettings withMoneyWidgetVariant(MoneyWidgetVariant moneyWidgetVariant) {
        return with(next -> next.moneyWidgetVariant = moneyWidgetVariant);
    }

    /** The bill widget variant the sandbox plays (match dompet's settings). */
    public SandboxSettings withBillWidgetVariant(BillWidgetVariant billWidgetVariant) {
        return with(next -> next.billWidgetVariant = billWidgetVariant);
    }

    /** How the sandbox signs Notify Top Up (match dompet's verifier settings). */
    public SandboxSettings withNotifyVariant(NotifyVariant notifyVariant) {
        return with(next -> next.notifyVariant = notifyVariant);
    }

    /** The bill widget's clock ({@code timestamp} window, token expiry); tests pass one they can move forward. */
    public SandboxSettings withClock(Clock clock) {
        return with(next -> next.clock = clock);
    }

    /** How many requests the sandbox serves at once; more let many held answers (test customers) overlap. */
    public SandboxSettings withWorkerThreads(int workerThreads) {
        return with(next -> next.workerThreads = workerThreads);
    }

    /** The callback URL, when one is configured. */
    public Optional<URI> merchantCallback() {
        return Optional.ofNullable(merchantCallbackUrl);
    }

    /** These settings with the components {@code change} sets; the canonical constructor checks the result. */
    private SandboxSettings with(Consumer<Draft> change) {
        Draft next = new Draft(this);
        change.accept(next);
        return next.build();
    }

    /**
     * The components of settings being built, set by name and starting from the {@link #defaults()}, so that a
     * wither names the one component it changes; private, so that every instance passes the canonical constructor.
     */
    private static final class Draft {
        private int port;
        private String bindAddress;
        private URI merchantCallbackUrl;
        private SandboxCredentials credentials;
        private String merchantPublicKeyPem;
        private Duration tokenLifetime;
        private SnapVariant snapVariant;
        private SlowAnswers slowAnswers;
        private NotificationDelivery notifications;
        private Duration moneyTokenLifetime;
        private MoneyWidgetVariant moneyWidgetVariant;
        private BillWidgetVariant billWidgetVariant;
        private NotifyVariant notifyVariant;
        private Clock clock;
        private int workerThreads;

        /** The defaults. */
        private Draft() {
            bindAddress = LOOPBACK;
            credentials = SandboxCredentials.defaults();
            merchantPublicKeyPem = SandboxKeys.bundled().merchantPublicKeyPem();
            tokenLifetime = DEFAULT_TOKEN_LIFETIME;
            snapVariant = SnapVariant.defaults();
            slowAnswers = SlowAnswers.defaults();
            notifications = NotificationDelivery.defaults();
            moneyTokenLifetime = DEFAULT_MONEY_TOKEN_LIFETIME;
            moneyWidgetVariant = MoneyWidgetVariant.defaults();
            billWidgetVariant = BillWidgetVariant.defaults();
            notifyVariant = NotifyVariant.defaults();
            clock = Clock.systemUTC();
            workerThreads = DEFAULT_WORKER_THREADS;
        }

        private Draft(SandboxSettings from) {
            port = from.port;
            bindAddress = from.bindAddress;
            merchantCallbackUrl = from.merchantCallbackUrl;
            credentials = from.credentials;
            merchantPublicKeyPem = from.merchantPublicKeyPem;
            tokenLifetime = from.tokenLifetime;
            snapVariant = from.snapVariant;
            slowAnswers = from.slowAnswers;
            notifications = from.notifications;
            moneyTokenLifetime = from.moneyTokenLifetime;
            moneyWidgetVariant = from.moneyWidgetVariant;
            billWidgetVariant = from.billWidgetVariant;
            notifyVariant = from.notifyVariant;
            clock = from.clock;
            workerThreads = from.workerThreads;
        }

        private SandboxSettings build() {
            return new SandboxSettings(port, bindAddress, merchantCallbackUrl, credentials, merchantPublicKeyPem,
                    tokenLifetime, snapVariant, slowAnswers, notifications, moneyTokenLifetime, moneyWidgetVariant,
                    billWidgetVariant, notifyVariant, clock, workerThreads);
        }
    }

    private static boolean isHttpUrl(URI url) {
        return url.isAbsolute() && url.getHost() != null
                && ("http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme()));
    }
}
