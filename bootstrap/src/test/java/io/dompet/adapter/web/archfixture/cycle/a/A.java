package io.dompet.adapter.web.archfixture.cycle.a;

/** Architecture fixture: one half of a package cycle. */
public class A {
    public io.dompet.adapter.web.archfixture.cycle.b.B b;
}
