package io.dompet.adapter.finpay.topupwidget;

import org.jspecify.annotations.Nullable;

/** Answer of {@code POST /security/getToken}; {@code tokenExpiry} is {@code dd-MMM-yy HH:mm:ss}, Jakarta time. Never shows the token. */
record GetTokenResponse(@Nullable String statusCode, @Nullable String statusDesc, @Nullable String tokenID,
                        @Nullable String tokenExpiry) {

    @Override
    public String toString() {
        return "GetTokenResponse[statusCode=" + statusCode + ", statusDesc=" + statusDesc + ", tokenID="
                + (tokenID == null ? "null" : "(redacted)") + ", tokenExpiry=" + tokenExpiry + "]";
    }
}
