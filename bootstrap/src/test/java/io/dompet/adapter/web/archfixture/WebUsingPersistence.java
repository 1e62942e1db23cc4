package io.dompet.adapter.web.archfixture;

import io.dompet.adapter.persistence.WalletPersistenceAdapter;

/** Architecture fixture: one adapter that depends on another. */
public class WebUsingPersistence {
    public WalletPersistenceAdapter wallets;
}
