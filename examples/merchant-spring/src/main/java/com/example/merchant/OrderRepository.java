package com.example.merchant;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The merchant's orders, in its own table; each statement is its own short transaction (auto-commit). */
@Repository
public class OrderRepository {

    private final JdbcClient jdbc;

    public OrderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The order of {@code idempotencyKey}: placed now, or the one placed before with the same key. */
    public Order place(String idempotencyKey, String customerNumber, BigDecimal amount) {
        jdbc.sql("insert into merchant_order (idempotency_key, customer_number, amount) values (?, ?, ?)"
                        + " on conflict (idempotency_key) do nothing")
                .params(idempotencyKey, customerNumber, amount).update();
        return find(idempotencyKey).orElseThrow();
    }

    public void recordOutcome(long id, String status, UUID topUpId) {
        jdbc.sql("update merchant_order set status = ?, top_up_id = ? where id = ?").params(status, topUpId, id).update();
    }

    public Optional<Order> find(String idempotencyKey) {
        return jdbc.sql("select id, idempotency_key, customer_number, amount, status, top_up_id from merchant_order"
                        + " where idempotency_key = ?")
                .param(idempotencyKey)
                .query((row, n) -> new Order(row.getLong("id"), row.getString("idempotency_key"),
                        row.getString("customer_number"), row.getBigDecimal("amount"), row.getString("status"),
                        row.getObject("top_up_id", UUID.class)))
                .optional();
    }
}
