package io.dompet.application.port.in.archfixture;

/** Architecture fixture: an in-port record not named XxxCommand, XxxQuery or XxxResult. */
public record TopUpInput(String amount) {
}
