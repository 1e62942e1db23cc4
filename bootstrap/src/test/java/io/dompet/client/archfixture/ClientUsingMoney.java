package io.dompet.client.archfixture;

/** Architecture fixture: the client using dompet's domain. */
public class ClientUsingMoney {
    public io.dompet.domain.shared.Money amount;
}
