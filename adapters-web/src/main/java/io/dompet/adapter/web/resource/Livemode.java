package io.dompet.adapter.web.resource;

/**
 * Which world this instance moves money in, shown as {@code "livemode"} on every resource (Stripe's convention):
 * {@code true} when it talks to Finpay, {@code false} in sandbox mode. Bootstrap decides the mode once and gives the web
 * adapter this bean; the controllers put it on every answer, so a client can never mistake a sandbox top-up for a
 * real one.
 *
 * @param live true outside sandbox mode
 */
public record Livemode(boolean live) {

    /** The JSON member every resource carries. */
    public static final String MEMBER = "livemode";

    /** The description of the member in the API description. */
    public static final String DESCRIPTION =
            "true when this resource is real (dompet talks to Finpay), false in sandbox mode (Finpay's stand-in)";
}
