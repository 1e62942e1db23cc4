package io.dompet.application.port.page;

import io.dompet.domain.billwidget.BillWidgetStatus;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Which bill widgets a list shows; a null filter does not filter. {@code status} is the status as the API shows it (an
 * issued widget past its timeout is {@code EXPIRED}); {@code billNumber} is the pre-filled bill's; {@code createdFrom}
 * inclusive, {@code createdTo} exclusive, on when dompet created the widget.
 */
public record BillWidgetFilter(@Nullable BillWidgetStatus status, @Nullable String billNumber,
                               @Nullable Instant createdFrom, @Nullable Instant createdTo) {
}
