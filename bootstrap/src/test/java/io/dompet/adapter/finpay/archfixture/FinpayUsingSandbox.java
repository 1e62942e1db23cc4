package io.dompet.adapter.finpay.archfixture;

/** Architecture fixture: an adapter that depends on the sandbox. */
public class FinpayUsingSandbox {
    public io.dompet.sandbox.FinpaySandbox sandbox;
}
