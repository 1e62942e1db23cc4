package io.dompet.adapter.web.archfixture;

/** Architecture fixture: dompet code using the generated client. */
public class WebUsingTheClient {
    public io.dompet.client.model.Problem problem;
}
