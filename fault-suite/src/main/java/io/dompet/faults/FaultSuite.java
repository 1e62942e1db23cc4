package io.dompet.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The fault suite's entry point ({@code bench/faults.sh} runs it):
 * <pre>
 * java -jar fault-suite/target/fault-suite.jar --jar bootstrap/target/dompet.jar --work fault-suite/target/faults
 *      [--docs docs/reliability.md --commit abc1234 --command "bench/faults.sh"] [scenario …]
 * </pre>
 * Scenarios are named by letter ({@code a} … {@code f}) or name ({@code kill}); none = all. It prints the table,
 * every scenario's notes and each disagreement, writes them to {@code <work>/report.md}, regenerates the table in
 * {@code --docs} when every scenario ran, and exits 1 when the invariant broke anywhere (2 when the harness failed).
 */
public final class FaultSuite {

    private FaultSuite() {
    }

    public static void main(String[] args) {
        Path jar = Path.of("bootstrap/target/dompet.jar");
        Path work = Path.of("fault-suite/target/faults");
        Path docs = null;
        String commit = "unknown";
        String command = "bench/faults.sh";
        List<Scenario> chosen = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--jar" -> jar = Path.of(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                case "--docs" -> docs = Path.of(args[++i]);
                case "--commit" -> commit = args[++i];
                case "--command" -> command = args[++i];
                default -> chosen.add(scenario(args[i]));
            }
        }
        if (!Files.isRegularFile(jar)) {
            System.err.println("No dompet jar at " + jar + ": build it first (./mvnw -B -q -DskipTests package)");
            System.exit(2);
        }
        // the sandbox's and PostgreSQL's log lines go to a file, so the console shows the harness's own lines only
        try {
            Files.createDirectories(work);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.setProperty("org.slf4j.simpleLogger.logFile", work.resolve("harness.log").toString());
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        boolean all = chosen.isEmpty();
        if (all) {
            chosen.addAll(Arrays.asList(Scenario.values()));
        }
        long started = System.nanoTime();
        List<Figures> results = new ArrayList<>();
        int exit = 0;
        for (Scenario scenario : chosen) {
            System.out.println("== (" + scenario.letter() + ") " + scenario.description());
            try {
                Figures figures = scenario.run(work.toAbsolutePath(), jar.toAbsolutePath());
                results.add(figures);
                System.out.print(Report.table(List.of(figures)));
                System.out.print(Report.details(List.of(figures)));
                exit = figures.holds() ? exit : Math.max(exit, 1);
            } catch (Exception | Error e) {
                System.err.println("Scenario " + scenario.label() + " could not run: " + e);
                e.printStackTrace();
                exit = 2;
            }
        }
        String date = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        String report = "# Fault suite, " + date + ", commit " + commit + "\n\n" + Report.table(results)
                + Report.details(results);
        System.out.println();
        System.out.print(Report.table(results));
        System.out.printf(Locale.ROOT, "%nFault suite finished in %.1f min%n", (System.nanoTime() - started) / 6e10);
        try {
            Files.writeString(work.resolve("report.md"), report, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (docs != null && all && results.size() == Scenario.values().length) {
            Report.regenerate(docs, command, date, commit, results);
            System.out.println("Table regenerated in " + docs);
        } else if (docs != null) {
            System.out.println(docs + " left as it was: only a full run regenerates it");
        }
        System.exit(exit);
    }

    private static Scenario scenario(String name) {
        for (Scenario scenario : Scenario.values()) {
            if (scenario.letter().equalsIgnoreCase(name) || scenario.name().equalsIgnoreCase(name.replace('-', '_'))) {
                return scenario;
            }
        }
        System.err.println("Unknown scenario " + name + "; known: a … f, or "
                + Arrays.stream(Scenario.values()).map(s -> s.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList());
        System.exit(2);
        throw new IllegalStateException();
    }
}
