package io.dompet.domain.billwidget;

import java.util.Objects;

/** One entry of the biller catalogue: a product code, its name and category (electricity, health insurance, …). */
public record Biller(ProductCode code, String name, String category) {

    public Biller {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
    }
}
