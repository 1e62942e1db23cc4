package io.dompet.bootstrap.doctor;

import io.dompet.adapter.finpay.transport.FinpayAnswer;
import io.dompet.adapter.finpay.transport.FinpayHttp;
import io.dompet.bootstrap.doctor.DoctorReport.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Runs the {@link Probe}s of one Finpay API against one runner (the API's port call with given overrides), and writes a
 * report line for each: first with the configured values; on a refusal the probe's switches can explain, with every
 * other combination of their values, fewest changes first, until one is accepted or the budget of calls runs out.
 * A value found for one probe is kept for the API's later probes. A runner's answers are remembered per overrides, so
 * two probes answered by one call (the token and the account inquiry) cost one call.
 */
final class SwitchSearch {

    /** The API's port call with these overrides: the exchanges it ran, in order. */
    @FunctionalInterface
    interface Runner {
        List<FinpayHttp.Exchange> run(Map<String, String> overrides);
    }

    private final DoctorReport report;
    private final int maxCalls;
    private final Function<Switch, String> configured;
    private final boolean remote;
    private final Map<Runner, Map<Map<String, String>, List<FinpayHttp.Exchange>>> answered = new HashMap<>();
    private Map<String, String> found = Map.of();
    private @Nullable String stopped;

    /**
     * @param configured the value of a switch in force (a default counts)
     * @param remote     whether the runner calls Finpay (its exchanges count against {@code maxCalls}), or only
     *                   dompet's own code (the Notify verifier)
     */
    SwitchSearch(DoctorReport report, int maxCalls, Function<Switch, String> configured, boolean remote) {
        this.report = report;
        this.maxCalls = maxCalls;
        this.configured = configured;
        this.remote = remote;
    }

    /**
     * Reports {@code probe}, answered by {@code runner}; once a call was not made (its token was refused), the API's
     * later probes are not made either.
     */
    void check(Probe probe, Runner runner) {
        if (stopped != null) {
            report.add(probe.call(), Verdict.NOT_CHECKED, stopped);
            return;
        }
        Optional<List<FinpayHttp.Exchange>> first = run(runner, found);
        if (first.isEmpty()) {
            report.add(probe.call(), Verdict.NOT_CHECKED, outOfCalls());
            stopped = outOfCalls();
            return;
        }
        FinpayAnswer answer = answerOf(first.get(), probe.endpoint());
        if (answer == null) {
            stopped = "not made: " + decidedBy(first.get());
            report.add(probe.call(), Verdict.NOT_CHECKED, stopped);
            return;
        }
        if (!(answer instanceof FinpayAnswer.Answered answeredOnce)) {
            report.add(probe.call(), Verdict.NO_ANSWER, Probe.quoted(answer) + "; the adapters' own timeouts apply");
            return;
        }
        if (probe.accepted().test(answeredOnce)) {
            report.add(probe.call(), Verdict.ACCEPTED, acceptedText(answeredOnce) + (found.isEmpty() ? ""
                    : " with the value" + (found.size() == 1 ? "" : "s") + " found above")
                    + (probe.note().isEmpty() ? "" : "; " + probe.note()));
            return;
        }
        String refusal = "refused " + Probe.quoted(answer);
        if (probe.switches().isEmpty() || !probe.explainable().test(answeredOnce)) {
            report.add(probe.call(), Verdict.REFUSED, refusal + (probe.switches().isEmpty() ? "" :
                    "; no switch explains this refusal") + "; " + probe.otherwise());
            return;
        }
        Map<String, String> current = current(probe.switches());
        refusal = refusal + " with " + shown(current, probe.switches());
        int tries = 0;
        for (Map<String, String> combination : alternatives(probe.switches(), current)) {
            Map<String, String> overrides = new LinkedHashMap<>(found);
            overrides.putAll(combination);
            Optional<List<FinpayHttp.Exchange>> exchanges = run(runner, overrides);
            if (exchanges.isEmpty()) {
                report.add(probe.call(), Verdict.REFUSED, refusal + "; " + tries + " other values tried, then "
                        + outOfCalls());
                return;
            }
            tries++;
            FinpayAnswer other = answerOf(exchanges.get(), probe.endpoint());
            if (other instanceof FinpayAnswer.Answered answeredOther && probe.accepted().test(answeredOther)) {
                Map<String, String> changed = changed(combination, current);
                found = Map.copyOf(overrides);
                report.add(probe.call(), Verdict.CHANGE, refusal + "; accepted with " + shown(combination,
                        probe.switches()) + "  → set " + changed.entrySet().stream()
                        .map(entry -> entry.getKey() + "=" + entry.getValue()).collect(Collectors.joining(" and ")));
                return;
            }
        }
        report.add(probe.call(), Verdict.REFUSED, refusal + "; refused with every other value of "
                + probe.switches().stream().map(Switch::shortName).collect(Collectors.joining(", ")) + " too ("
                + tries + " tried): " + probe.otherwise());
    }

    private Optional<List<FinpayHttp.Exchange>> run(Runner runner, Map<String, String> overrides) {
        Map<Map<String, String>, List<FinpayHttp.Exchange>> byOverrides =
                answered.computeIfAbsent(runner, any -> new HashMap<>());
        List<FinpayHttp.Exchange> known = byOverrides.get(overrides);
        if (known != null) {
            return Optional.of(known);
        }
        if (remote && report.calls() >= maxCalls) {
            return Optional.empty();
        }
        List<FinpayHttp.Exchange> exchanges = runner.run(overrides);
        if (remote) {
            report.countCalls(exchanges.size());
        }
        byOverrides.put(Map.copyOf(overrides), exchanges);
        return Optional.of(exchanges);
    }

    private String outOfCalls() {
        return "not made: the doctor's budget of " + maxCalls + " calls (" + DoctorProperties.PREFIX
                + ".max-calls) is spent";
    }

    /** The answer of the last exchange with {@code endpoint}, or {@code null} when the call never reached it. */
    private static @Nullable FinpayAnswer answerOf(List<FinpayHttp.Exchange> exchanges, String endpoint) {
        FinpayAnswer answer = null;
        for (FinpayHttp.Exchange exchange : exchanges) {
            if (exchange.endpoint().equals(endpoint)) {
                answer = exchange.answer();
            }
        }
        return answer;
    }

    /** Why a call was not made: the exchange before it (a token request) and its answer. */
    private static String decidedBy(List<FinpayHttp.Exchange> exchanges) {
        FinpayHttp.Exchange last = exchanges.isEmpty() ? null : exchanges.get(exchanges.size() - 1);
        if (last == null || last.answer() instanceof FinpayAnswer.Answered answered && answered.isHttpSuccess()) {
            return "dompet did not send it (its log above says why)";
        }
        String endpoint = last.endpoint().replaceFirst("^Finpay ", "");
        return endpoint + (last.answer() instanceof FinpayAnswer.Answered ? " answered " : ": ")
                + Probe.quoted(last.answer());
    }

    private static String acceptedText(FinpayAnswer.Answered answered) {
        return answered.isHttpSuccess() ? "(" + answered.code() + ")"
                : "(" + Probe.quoted(answered) + ": Finpay checked the signature and the fields and answered about the"
                + " test data)";
    }

    /** The value of each switch in force: found for an earlier probe of this API, or configured. */
    private Map<String, String> current(List<Switch> switches) {
        Map<String, String> current = new LinkedHashMap<>();
        for (Switch option : switches) {
            current.put(option.property(), found.getOrDefault(option.property(), configured.apply(option)));
        }
        return current;
    }

    /** Every other combination of the switches' values, fewest changes first, each as the values that change. */
    static List<Map<String, String>> alternatives(List<Switch> switches, Map<String, String> current) {
        List<Map<String, String>> combinations = new ArrayList<>();
        combinations.add(Map.of());
        for (Switch option : switches) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> combination : combinations) {
                for (String value : option.values()) {
                    Map<String, String> extended = new LinkedHashMap<>(combination);
                    if (!value.equals(current.get(option.property()))) {
                        extended.put(option.property(), value);
                    }
                    next.add(extended);
                }
            }
            combinations = next;
        }
        return combinations.stream().filter(combination -> !combination.isEmpty()).distinct()
                .sorted(Comparator.comparingInt(Map::size)).toList();
    }

    private static Map<String, String> changed(Map<String, String> combination, Map<String, String> current) {
        Map<String, String> changed = new LinkedHashMap<>();
        combination.forEach((property, value) -> {
            if (!value.equals(current.get(property))) {
                changed.put(property, value);
            }
        });
        return changed;
    }

    /** {@code a=x, b=y} with the switches' short names, in the switches' order. */
    private static String shown(Map<String, String> values, List<Switch> switches) {
        return switches.stream().filter(option -> values.containsKey(option.property()))
                .map(option -> option.shortName() + "=" + values.get(option.property()))
                .collect(Collectors.joining(", "));
    }
}
