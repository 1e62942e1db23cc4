package io.dompet.application.port.in;

import io.dompet.domain.billwidget.BillInfo;
import io.dompet.domain.billwidget.ProductCode;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the merchant asks for; unset values take the configured defaults. */
public record GenerateBillWidgetCommand(List<ProductCode> productCodes, @Nullable BillInfo billInfo,
                                        @Nullable Duration timeout, @Nullable String backUrl,
                                        @Nullable String returnUrl, @Nullable Boolean isNotif) {

    public GenerateBillWidgetCommand {
        productCodes = List.copyOf(productCodes);
    }
}
