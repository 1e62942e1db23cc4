package io.dompet.adapter.web.archfixture;

/** Architecture fixture: a vague name. */
public class WalletManager {
}
