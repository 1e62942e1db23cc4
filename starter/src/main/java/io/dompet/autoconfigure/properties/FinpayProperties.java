package io.dompet.autoconfigure.properties;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code dompet.finpay.*} settings shared by every Finpay API (each API's own are under {@code snap}, {@code money},
 * {@code bill-widget} and {@code notify}). {@code maxConcurrentCalls} bounds how many API requests that call Finpay
 * (top-ups, inquiries, widgets, bill widgets, a bill widget read with {@code check=true}) run at once on one instance;
 * one more is refused at once with a {@code finpay-busy} 503. The default, 50, is a quarter of Tomcat's 200 worker
 * threads: a Finpay that stalls holds at most 50 of them for its timeouts, and the other 150 keep answering Finpay's
 * callback, the health probes and the reads. See the README for how to size it.
 */
@Validated
@ConfigurationProperties("dompet.finpay")
public record FinpayProperties(@DefaultValue("50") @Min(1) int maxConcurrentCalls) {
}
