package io.dompet.adapter.finpay.snap;

/** Body of {@code POST /v1.0/access-token/b2b}. */
record AccessTokenRequest(String grantType) {

    static final AccessTokenRequest CLIENT_CREDENTIALS = new AccessTokenRequest("client_credentials");
}
