package io.dompet.application.port.in;

import io.dompet.domain.shared.PhoneNumber;
import java.util.Objects;

public record OpenTopUpWidgetCommand(PhoneNumber phoneNumber) {

    public OpenTopUpWidgetCommand {
        Objects.requireNonNull(phoneNumber, "phoneNumber");
    }
}
