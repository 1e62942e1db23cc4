package io.dompet.adapter.web.archfixture.cycle.b;

/** Architecture fixture: the other half of a package cycle. */
public class B {
    public io.dompet.adapter.web.archfixture.cycle.a.A a;
}
