package io.dompet.bootstrap.doctor;

import io.dompet.adapter.finpay.transport.FinpayAnswer;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * One call the doctor makes and how to read Finpay's answer to it.
 *
 * @param call        the call as the report names it, e.g. {@code SNAP account-inquiry}
 * @param endpoint    the label of the exchange that answers it, as the adapters' transport names it
 *                    ({@code Finpay SNAP account-inquiry})
 * @param switches    what to vary when Finpay refuses it for a reason a switch can explain; varied together, fewest
 *                    changes first
 * @param accepted    whether an answer means Finpay accepted the call: its signature and fields
 * @param explainable whether a refusal is one those switches can explain (a signature or a field refusal)
 * @param otherwise   what the operator checks when no value of the switches is accepted
 * @param note        what an accepted line adds, e.g. that the call moved no money; {@code ""} for nothing
 */
record Probe(String call, String endpoint, List<Switch> switches, Predicate<FinpayAnswer.Answered> accepted,
             Predicate<FinpayAnswer.Answered> explainable, String otherwise, String note) {

    Probe {
        Objects.requireNonNull(call);
        Objects.requireNonNull(endpoint);
        switches = List.copyOf(switches);
        Objects.requireNonNull(accepted);
        Objects.requireNonNull(explainable);
        Objects.requireNonNull(otherwise);
        Objects.requireNonNull(note);
    }

    /** A probe whose accepted line adds nothing. */
    Probe(String call, String endpoint, List<Switch> switches, Predicate<FinpayAnswer.Answered> accepted,
          Predicate<FinpayAnswer.Answered> explainable, String otherwise) {
        this(call, endpoint, switches, accepted, explainable, otherwise, "");
    }

    /** Finpay's answer as a report line quotes it: the code and the (already safe) description, or why there was none. */
    static String quoted(FinpayAnswer answer) {
        if (answer instanceof FinpayAnswer.Answered answered) {
            return (answered.code() + " " + answered.description()).strip();
        }
        return "no usable answer (" + ((FinpayAnswer.NoAnswer) answer).reason() + ")";
    }
}
