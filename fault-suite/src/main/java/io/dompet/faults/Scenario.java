package io.dompet.faults;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;

/**
 * The fault scenarios of issue 9 point 10, each on a fresh {@link Stage}. Customer numbers choose the sandbox's
 * behaviour by their last four digits (see finpay-sandbox/README.md): {@code 2468} succeeds, {@code 0002} answers after
 * the read timeout, {@code 0003} 500, {@code 0004} 202, {@code 0006} slowly, {@code 0007} HTML 502 unprocessed,
 * {@code 0008} slow inquiry, {@code 0009} processed then dropped, {@code 0010} processed then HTML 502, {@code 0011}
 * processed then stalled mid-body.
 */
enum Scenario {

    EAGER("a", "eager reconciliation racing 400 concurrent top-ups, 80 with a 3 s account inquiry") {
        @Override
        Traffic play(Stage stage) {
            DompetProcess dompet = started(stage, "dompet", Map.of(
                    "dompet.reconciliation.interval", "50ms",
                    "dompet.reconciliation.first-check-after", "50ms",
                    "dompet.reconciliation.max-backoff", "1s"));
            Traffic traffic = new Traffic(Duration.ofMinutes(2));
            for (int i = 0; i < 400; i++) {
                traffic.topUp(dompet, i % 5 == 0 ? faulty(i % 10, "0008") : normal(i % 40), amount(i));
            }
            stage.note("400 top-ups sent at once");
            awaitAnswers(stage, traffic, Duration.ofMinutes(3));
            return traffic;
        }
    },

    FINPAY_FAULTS("b", "Finpay processes, then answers after the read timeout / drops the connection / 500 / HTML 502 / stalls mid-body") {
        @Override
        Traffic play(Stage stage) {
            DompetProcess dompet = started(stage, "dompet", Map.of());
            Traffic traffic = new Traffic(Duration.ofMinutes(2));
            String[] suffixes = {"0002", "0009", "0003", "0010", "0011", "2468", "0007", "0004"};
            for (int i = 0; i < 12 * suffixes.length; i++) {
                traffic.topUp(dompet, faulty(i / suffixes.length, suffixes[i % suffixes.length]), amount(i));
            }
            stage.note(12 * suffixes.length + " top-ups sent at once, 12 per customer kind …"
                    + String.join("/…", suffixes));
            awaitAnswers(stage, traffic, Duration.ofMinutes(3));
            return traffic;
        }
    },

    KILL("c", "kill -9 of dompet in the middle of top-ups and notifications, restart on the same data") {
        // the kill strikes once 40 top-ups were answered (at most 6 s in), while the rest are in flight or still coming
        @Override
        Traffic play(Stage stage) {
            DompetProcess dompet = started(stage, "dompet", Map.of());
            stage.notificationsTo(dompet);
            Traffic traffic = new Traffic(Duration.ofSeconds(90));
            Thread load = paced(stage, traffic, dompet, 200, 80, Duration.ofSeconds(8));
            traffic.awaitTopUpsAnswered(40, Duration.ofSeconds(6));
            dompet.kill();
            stage.note("kill -9 " + dompet.name() + " after " + traffic.topUpsAnswered() + " top-up answers");
            join(load);
            awaitAnswers(stage, traffic, Duration.ofMinutes(2));
            dompet.start(Stage.DOMPET_START);
            stage.note(dompet.name() + " restarted on the same data");
            return traffic;
        }
    },

    TWO_INSTANCES("d", "two dompets on one PostgreSQL under load, one frozen (SIGSTOP) for 75 s, then resumed") {
        @Override
        Traffic play(Stage stage) {
            DompetProcess first = started(stage, "dompet-1", Map.of());
            DompetProcess second = started(stage, "dompet-2", Map.of());
            stage.notificationsTo(first);
            Traffic traffic = new Traffic(Duration.ofMinutes(3));
            String[] suffixes = {"2468", "2468", "0004", "0002", "0006", "0003"};
            for (int i = 0; i < 240; i++) {
                traffic.topUp(i % 2 == 0 ? first : second, faulty(i % 30, suffixes[i % suffixes.length]), amount(i));
                if (i % 6 == 0) {
                    traffic.notification(stage.sandboxUrl(), normal(i % 20), amount(i));
                }
            }
            stage.note("240 top-ups (half to each instance) and 40 notifications (to dompet-1) sent");
            Sleep.millis(1000);
            first.freeze();
            stage.note("kill -STOP " + first.name());
            Sleep.of(Duration.ofSeconds(75));
            first.thaw();
            stage.note("kill -CONT " + first.name());
            awaitAnswers(stage, traffic, Duration.ofMinutes(3));
            return traffic;
        }
    },

    POSTGRES_OUTAGE("e", "PostgreSQL stopped for 20 s during top-ups and notifications") {
        @Override
        Traffic play(Stage stage) {
            DompetProcess dompet = started(stage, "dompet", Map.of());
            stage.notificationsTo(dompet);
            Traffic traffic = new Traffic(Duration.ofSeconds(90));
            Thread load = paced(stage, traffic, dompet, 160, 80, Duration.ofSeconds(12));
            Sleep.millis(3000);
            stage.postgres().stop();
            stage.note("PostgreSQL stopped");
            Sleep.of(Duration.ofSeconds(20));
            stage.postgres().start();
            stage.note("PostgreSQL started again on the same data and port");
            join(load);
            awaitAnswers(stage, traffic, Duration.ofMinutes(2));
            return traffic;
        }
    },

    SIGTERM("f", "SIGTERM during slow top-ups, restart") {
        @Override
        Traffic play(Stage stage) {
            DompetProcess dompet = started(stage, "dompet", Map.of());
            stage.notificationsTo(dompet);
            Traffic traffic = new Traffic(Duration.ofSeconds(90));
            for (int i = 0; i < 100; i++) {
                traffic.topUp(dompet, i % 5 < 3 ? faulty(i % 20, "0006") : normal(i % 20), amount(i));
            }
            stage.note("100 top-ups sent at once, 60 of them slow (…0006, " + Stage.SLOW_SUCCESS.toSeconds() + " s)");
            Sleep.millis(1000);
            long signalled = System.nanoTime();
            boolean exited = dompet.terminate(Duration.ofSeconds(60));
            stage.note(exited ? String.format("SIGTERM: %s exited after %.1f s", dompet.name(),
                    (System.nanoTime() - signalled) / 1e9) : "SIGTERM: still running after 60 s, killed");
            if (!exited) {
                dompet.kill();
            }
            awaitAnswers(stage, traffic, Duration.ofMinutes(2));
            dompet.start(Stage.DOMPET_START);
            stage.note(dompet.name() + " restarted");
            return traffic;
        }
    };

    private final String letter;
    private final String description;

    Scenario(String letter, String description) {
        this.letter = letter;
        this.description = description;
    }

    String letter() {
        return letter;
    }

    /** {@code (a) eager …}. */
    String label() {
        return letter + " " + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    String description() {
        return description;
    }

    /** Runs the scenario on a fresh {@link Stage}, lets dompet settle and checks the money invariant. */
    Figures run(Path work, Path jar) throws SQLException {
        try (Stage stage = Stage.open(work, label(), jar)) {
            return settleAndCheck(stage, play(stage));
        }
    }

    /** Starts dompet(s) on {@code stage}, sends the scenario's traffic and strikes its fault; the traffic, answered. */
    abstract Traffic play(Stage stage);

    /** Starts a dompet with {@code properties} added to its configuration, its reconciler eager. */
    static DompetProcess started(Stage stage, String name, Map<String, String> properties) {
        DompetProcess dompet = stage.dompet(name, properties);
        stage.startEager(dompet);
        return dompet;
    }

    /** Waits for every top-up's answer and notes them. */
    static void awaitAnswers(Stage stage, Traffic traffic, Duration limit) {
        traffic.awaitAnswers(limit);
        stage.note("answers: " + traffic.topUpAnswerSummary());
    }

    /** A customer who succeeds; {@code i} spreads the top-ups over wallets. */
    static String normal(int i) {
        return String.format("08137%03d2468", i % 1000);
    }

    /** A customer whose number ends with {@code suffix} (a sandbox test customer). */
    static String faulty(int i, String suffix) {
        return String.format("08138%03d%s", i % 1000, suffix);
    }

    /** 10 000 … 99 000 rupiah, within Finpay's limits. */
    static String amount(int i) {
        return (10_000 + (i % 90) * 1_000) + ".00";
    }

    /** Settles with a bound that leaves room for the staleness dompet insists on, then checks the invariant. */
    static Figures settleAndCheck(Stage stage, Traffic traffic) throws SQLException {
        Duration bound = StaleAfter.accepted().plus(Duration.ofSeconds(120));
        boolean settled = stage.settle(bound);
        if (traffic.notificationRefusals() > 0) {
            stage.note(traffic.notificationRefusals() + " notification trigger(s) refused by the sandbox");
        }
        return stage.check(traffic.topUpRequests(), settled);
    }

    /**
     * Sends {@code topUps} top-ups to {@code dompet} and {@code notifications} notifications (through the sandbox)
     * evenly over {@code spread}, from a thread of its own, so that a fault can strike in the middle.
     */
    static Thread paced(Stage stage, Traffic traffic, DompetProcess dompet, int topUps, int notifications,
                        Duration spread) {
        Thread thread = new Thread(() -> {
            int steps = Math.max(topUps, notifications);
            long pause = spread.toMillis() / steps;
            for (int i = 0; i < steps; i++) {
                if (i < topUps) {
                    traffic.topUp(dompet, i % 4 == 0 ? faulty(i % 20, "0006") : normal(i % 40), amount(i));
                }
                if (i < notifications) {
                    traffic.notification(stage.sandboxUrl(), normal(i % 40), amount(i + 7));
                }
                Sleep.millis(pause);
            }
        }, "fault-suite-load");
        thread.start();
        stage.note(topUps + " top-ups (a quarter slow, …0006) and " + notifications + " notifications sent over "
                + spread.toSeconds() + " s");
        return thread;
    }

    static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
