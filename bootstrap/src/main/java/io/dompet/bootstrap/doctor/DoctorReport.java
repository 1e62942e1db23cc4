package io.dompet.bootstrap.doctor;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the doctor found: one line per call, in the order made. The run succeeds (exit code 0) only when every call
 * was accepted with the values configured; a line that names another value, a refusal, no answer or a call not made
 * fails it (exit code 1).
 */
final class DoctorReport {

    /** How a call went. */
    enum Verdict {
        /** Finpay accepted the call with dompet's configuration. */
        ACCEPTED("accepted"),
        /** Refused with the configured values, accepted with others: the line says which to set. */
        CHANGE("CHANGE"),
        /** Refused with every value tried, or for a reason no switch explains. */
        REFUSED("REFUSED"),
        /** No usable answer: timeout, I/O error, not JSON. */
        NO_ANSWER("NO ANSWER"),
        /** Not made: an earlier call failed, the configuration is incomplete, or the budget of calls ran out. */
        NOT_CHECKED("NOT CHECKED"),
        /** Checked as far as dompet can without Finpay (Notify in live mode): no failure. */
        CHECKED("checked");

        final String label;

        Verdict(String label) {
            this.label = label;
        }

        boolean fails() {
            return this != ACCEPTED && this != CHECKED;
        }
    }

    /** One line: the call (e.g. {@code SNAP account-inquiry}), how it went, and what to read about it. */
    record Line(String call, Verdict verdict, String text) {
        Line {
            Objects.requireNonNull(call);
            Objects.requireNonNull(verdict);
            Objects.requireNonNull(text);
        }

        @Override
        public String toString() {
            return String.format("%-26s %-11s %s", call, verdict.label, text);
        }
    }

    private final List<Line> lines = new ArrayList<>();
    private int calls;

    void add(String call, Verdict verdict, String text) {
        lines.add(new Line(call, verdict, text));
    }

    void countCalls(int exchanges) {
        calls += exchanges;
    }

    int calls() {
        return calls;
    }

    List<Line> lines() {
        return List.copyOf(lines);
    }

    /** 0 when every call was accepted with the configured values, 1 otherwise. */
    int exitCode() {
        return lines.stream().anyMatch(line -> line.verdict().fails()) || lines.isEmpty() ? 1 : 0;
    }

    void print(PrintStream out, String header) {
        out.println();
        out.println(header);
        lines.forEach(out::println);
        out.println(exitCode() == 0
                ? "Every Finpay API accepted dompet's configuration (" + calls + " calls)."
                : "Not every Finpay API accepted dompet's configuration as it is (" + calls
                + " calls): see the lines above; docs/finpay.md, \"Connection doctor\", says how to read them.");
    }
}
