package io.dompet.application.port.out.archfixture;

/** Architecture fixture: an out-port not named XxxPort. */
public interface WalletStore {
    void store();
}
