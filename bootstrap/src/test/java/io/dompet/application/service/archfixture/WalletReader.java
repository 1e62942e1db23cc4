package io.dompet.application.service.archfixture;

/** Architecture fixture: a service not named XxxService. */
public class WalletReader {
}
