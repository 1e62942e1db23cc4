package io.dompet.adapter.finpay.snap;

import org.jspecify.annotations.Nullable;

/** Answer of {@code POST /v1.0/access-token/b2b}; {@code expiresIn} is a string of seconds. Never shows the token. */
record AccessTokenResponse(@Nullable String responseCode, @Nullable String responseMessage, @Nullable String accessToken,
                           @Nullable String tokenType, @Nullable String expiresIn) {

    @Override
    public String toString() {
        return "AccessTokenResponse[responseCode=" + responseCode + ", responseMessage=" + responseMessage
                + ", accessToken=" + (accessToken == null ? "null" : "(redacted)") + ", tokenType=" + tokenType
                + ", expiresIn=" + expiresIn + "]";
    }
}
