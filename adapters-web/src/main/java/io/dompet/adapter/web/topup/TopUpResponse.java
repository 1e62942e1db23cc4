package io.dompet.adapter.web.topup;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.dompet.adapter.web.resource.Livemode;
import io.dompet.domain.shared.FinpayFailure;
import io.dompet.domain.shared.Money;
import io.dompet.domain.topup.ApiClient;
import io.dompet.domain.topup.PartnerReferenceNo;
import io.dompet.domain.topup.TopUp;
import io.dompet.domain.topup.TopUpChannel;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A top-up as the API shows it. Every member is present; those not known (yet) are null. Amounts are decimal strings
 * with two decimals, times ISO-8601 instants in UTC.
 *
 * @param id dompet's id of the top-up, as in {@code /api/v1/top-ups/{id}}
 * @param status {@code REQUESTED}, {@code SENDING} (claimed for sending), {@code PENDING}, {@code SUCCEEDED} or {@code FAILED}
 * @param customerNumber the customer's number, masked ({@code 0812******90})
 * @param customerName the name Finpay's inquiry showed, masked by Finpay; null before the inquiry
 * @param amount the amount credited to the wallet, or to be
 * @param fee Finpay's fee, null before the inquiry
 * @param partnerReferenceNo dompet's reference of the top-up at Finpay
 * @param referenceNo Finpay's reference, null until Finpay gave one
 * @param channel the channel the customer paid through ({@code vabca}, {@code alfamart}, …) for a top-up learnt from
 *     Finpay's Notify Top Up; null for a merchant-funded top-up
 * @param client the API client that asked for a merchant-funded top-up (its name under {@code dompet.api.keys});
 *     {@code legacy} for one stored before dompet recorded clients; null for a top-up Finpay notified
 * @param failure why the top-up failed, null unless {@code FAILED}
 * @param needsReview true when dompet could not learn the outcome in time and a person must look at it
 * @param createdAt when dompet received the top-up
 * @param updatedAt when the top-up last changed
 * @param livemode true for a real top-up, false in sandbox mode
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(requiredProperties = {"id", "status", "customerNumber", "customerName", "amount", "fee", "partnerReferenceNo",
        "referenceNo", "channel", "client", "failure", "needsReview", "createdAt", "updatedAt", Livemode.MEMBER})
public record TopUpResponse(
        @Schema(format = "uuid", example = "0b8f5c3e-2d7a-4a51-9f0e-6c1d2b3a4e5f") String id,
        @Schema(allowableValues = {"REQUESTED", "SENDING", "PENDING", "SUCCEEDED", "FAILED"}) String status,
        @Schema(example = "0812******90") String customerNumber,
        @Schema(nullable = true, example = "BU** SAN***") @Nullable String customerName,
        @Schema(example = "50000.00") String amount,
        @Schema(nullable = true, example = "1000.00") @Nullable String fee,
        @Schema(nullable = true, example = "DPT7Q2M9X4K1") @Nullable String partnerReferenceNo,
        @Schema(nullable = true, example = "2024041712033800001") @Nullable String referenceNo,
        @Schema(nullable = true, example = "vabca",
                description = "The channel the customer paid through, for a top-up Finpay notified; null for a merchant-funded top-up")
        @Nullable String channel,
        @Schema(nullable = true, example = "backoffice",
                description = "The API client that asked for a merchant-funded top-up; null for a top-up Finpay notified")
        @Nullable String client,
        @Schema(description = "Why the top-up failed; null unless its status is FAILED") @Nullable Failure failure,
        boolean needsReview,
        @Schema(format = "date-time", example = "2024-04-17T05:03:38Z") String createdAt,
        @Schema(format = "date-time", example = "2024-04-17T05:03:39Z") String updatedAt,
        @Schema(description = Livemode.DESCRIPTION) boolean livemode) {

    /**
     * Why a top-up failed.
     *
     * @param code Finpay's {@code responseCode}, or dompet's own code starting with {@code DOMPET_} when dompet
     *     stopped the top-up before Finpay moved money
     * @param message what went wrong, in words
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(requiredProperties = {"code", "message"})
    public record Failure(
            @Schema(example = FinpayFailure.AMOUNT_OUTSIDE_LIMITS) String code,
            @Schema(example = "amount 5000.00 is outside Finpay's limits for this customer: 10000.00 to 2000000.00; no top-up was sent") String message) {
    }

    /** The API view of {@code topUp}; a full phone number in a failure message from Finpay is masked. */
    public static TopUpResponse of(TopUp topUp, Livemode livemode) {
        return new TopUpResponse(
                topUp.id().toString(),
                topUp.status().name(),
                topUp.customerNumber().masked(),
                topUp.customerName().orElse(null),
                topUp.amount().toPlainString(),
                topUp.fee().map(Money::toPlainString).orElse(null),
                topUp.partnerReferenceNo().map(PartnerReferenceNo::value).orElse(null),
                topUp.referenceNo().orElse(null),
                topUp.channel().map(TopUpChannel::code).orElse(null),
                topUp.client().map(ApiClient::name).orElse(null),
                topUp.failure().map(failure -> failureOf(failure, topUp)).orElse(null),
                topUp.needsReview(),
                topUp.createdAt().toString(),
                topUp.updatedAt().toString(),
                livemode.live());
    }

    private static Failure failureOf(FinpayFailure failure, TopUp topUp) {
        return new Failure(failure.code(), PhoneNumberRedaction.redact(failure.message(), topUp.customerNumber()));
    }
}
