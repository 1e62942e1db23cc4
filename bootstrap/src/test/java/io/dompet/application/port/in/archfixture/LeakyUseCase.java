package io.dompet.application.port.in.archfixture;

/** Architecture fixture: an in-port that exposes an out-port. */
public interface LeakyUseCase {
    io.dompet.application.port.out.LoadWalletPort wallets();
}
