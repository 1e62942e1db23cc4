package com.example.merchant;

import java.math.BigDecimal;
import java.util.UUID;

/** One of the merchant's orders: a top-up of {@code amount} for {@code customerNumber}, and what came of it. */
public record Order(long id, String idempotencyKey, String customerNumber, BigDecimal amount, String status,
                    UUID topUpId) {
}
