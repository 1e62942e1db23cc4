package io.dompet.adapter.web.archfixture;

/** Architecture fixture: an adapter using the starter's wiring. */
public class WebUsingTheStarter {
    public io.dompet.autoconfigure.DompetAutoConfiguration configuration;
}
