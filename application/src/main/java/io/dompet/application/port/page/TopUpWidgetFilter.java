package io.dompet.application.port.page;

import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topupwidget.TopUpWidgetStatus;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Which top-up widget sessions a list shows; a null filter does not filter. {@code status} is the status as the API
 * shows it (an open session past its lifetime is {@code EXPIRED}); {@code createdFrom} inclusive, {@code createdTo}
 * exclusive, on when dompet created the session.
 */
public record TopUpWidgetFilter(@Nullable TopUpWidgetStatus status, @Nullable PhoneNumber phoneNumber,
                                @Nullable Instant createdFrom, @Nullable Instant createdTo) {
}
