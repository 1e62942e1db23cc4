package io.dompet.adapter.web.conflict;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** @param reason why the conflict needs nothing more, 1 to 500 characters */
@Schema(requiredProperties = {"reason"})
public record AcknowledgeRequest(@Schema(maxLength = 500) @Nullable String reason) {
}
