package io.dompet.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The table of figures (Markdown), and its place in {@code docs/reliability.md}: between the markers
 * {@value #BEGIN} and {@value #END}, which the suite regenerates with the command, date and commit.
 */
final class Report {

    static final String BEGIN = "<!-- fault-suite-results -->";
    static final String END = "<!-- /fault-suite-results -->";

    private Report() {
    }

    static String table(List<Figures> results) {
        StringBuilder table = new StringBuilder();
        table.append("| scenario | requests | processed by Finpay | SUCCEEDED | FAILED | needsReview | still open |"
                + " disagreements | notifications sent | acknowledged 2000000 | in the inbox | credited once | holds |\n");
        table.append("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|\n");
        for (Figures figures : results) {
            table.append("| ").append(figures.scenario())
                    .append(" | ").append(figures.requests())
                    .append(" | ").append(figures.processed())
                    .append(" | ").append(figures.succeeded())
                    .append(" | ").append(figures.failed())
                    .append(" | ").append(figures.needsReview())
                    .append(" | ").append(figures.open())
                    .append(" | ").append(figures.disagreements().size())
                    .append(" | ").append(figures.notificationsSent())
                    .append(" | ").append(figures.acknowledged())
                    .append(" | ").append(figures.inInbox())
                    .append(" | ").append(figures.credited())
                    .append(" | ").append(figures.holds() ? "yes" : "**no**")
                    .append(" |\n");
        }
        return table.toString();
    }

    /** Every scenario's notes and disagreements, for the console and {@code report.md}. */
    static String details(List<Figures> results) {
        StringBuilder details = new StringBuilder();
        for (Figures figures : results) {
            details.append("\n### ").append(figures.scenario()).append("\n\n");
            figures.notes().forEach(note -> details.append("    ").append(note).append('\n'));
            if (!figures.disagreements().isEmpty()) {
                details.append("\nDisagreements (").append(figures.disagreements().size()).append("):\n\n");
                figures.disagreements().forEach(disagreement -> details.append("- ").append(disagreement).append('\n'));
            }
        }
        return details.toString();
    }

    /** Replaces what lies between the markers in {@code docs} with the command, date, commit and table. */
    static void regenerate(Path docs, String command, String date, String commit, List<Figures> results) {
        try {
            String text = Files.readString(docs, StandardCharsets.UTF_8);
            int begin = text.indexOf(BEGIN);
            int end = text.indexOf(END);
            if (begin < 0 || end < begin) {
                throw new IllegalStateException(docs + " has no " + BEGIN + " … " + END + " section");
            }
            String section = BEGIN + "\n`" + command + "` on " + date + ", commit `" + commit + "`:\n\n"
                    + table(results) + END;
            Files.writeString(docs, text.substring(0, begin) + section + text.substring(end + END.length()),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot regenerate " + docs, e);
        }
    }
}
