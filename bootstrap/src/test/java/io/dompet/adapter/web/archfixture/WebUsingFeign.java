package io.dompet.adapter.web.archfixture;

/** Architecture fixture: OpenFeign outside the Finpay adapter. */
public class WebUsingFeign {
    public feign.Feign.Builder builder;
}
