package io.dompet.sandbox.archfixture;

/** Architecture fixture: the sandbox using dompet's domain. */
public class SandboxUsingMoney {
    public io.dompet.domain.shared.Money amount;
}
