package io.dompet.sandbox.billwidget;

import java.time.Instant;
import java.util.List;

/**
 * One generated widget. Its {@code token} is the key to the page and to {@code check}; it never appears in logs or
 * in {@link #toString()}.
 *
 * @param token        64 lower-case hex characters
 * @param reqId        the sandbox's id of the request, 20 digits
 * @param billInfo     {@code null} when the merchant sent none
 * @param expiresAt    generation time + {@code timeout}; valid strictly before it
 */
record BillWidget(String token, String reqId, String trxId, String uniqKey, List<String> productCodes,
                  String terminalName, BillInfo billInfo, String backUrl, Instant issuedAt, Instant expiresAt) {

    BillWidget {
        productCodes = List.copyOf(productCodes);
    }

    boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "BillWidget[reqId=" + reqId + ", trxId=" + trxId + ", productCodes=" + productCodes
                + ", expiresAt=" + expiresAt + "]";
    }
}
