package io.dompet.adapter.finpay.transport;

import tools.jackson.databind.JsonNode;

/**
 * One Finpay endpoint as {@link FinpayHttp#exchange} needs to know it: its name in log lines, and how its JSON
 * answers state their result. Each Finpay API implements it with one enum of its endpoints.
 */
public interface FinpayEndpoint {

    /** Names the endpoint at the start of its log lines, e.g. {@code Finpay SNAP topup}. */
    String label();

    /**
     * The result code and Finpay's raw description that {@code json} (a JSON object answered with {@code httpStatus})
     * carries, as an {@link FinpayAnswer.Answered}; or a {@link FinpayAnswer.NoAnswer} saying why it carries none.
     * The description is made safe by the transport, never here; the reason quotes no value but codes.
     */
    FinpayAnswer read(int httpStatus, JsonNode json);

    /**
     * The endpoint in metrics, the {@code operation} tag of {@value FinpayHttp#CALLS}: a short fixed name such as
     * {@code top-up} or {@code getToken}.
     */
    String operation();

    /** Whether {@code answered} is this endpoint's success; any other answer is Finpay refusing the request. */
    boolean accepted(FinpayAnswer.Answered answered);

    /** What the log line shows of an answer besides its HTTP status: by default its result code. Never personal data. */
    default String logged(FinpayAnswer.Answered answered) {
        return answered.code();
    }
}
