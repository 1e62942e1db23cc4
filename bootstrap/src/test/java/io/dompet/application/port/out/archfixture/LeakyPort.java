package io.dompet.application.port.out.archfixture;

/** Architecture fixture: an out-port that exposes an in-port. */
public interface LeakyPort {
    io.dompet.application.port.in.GetWalletQuery query();
}
