package com.example.merchant;

import java.math.BigDecimal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The merchant's own API, beside dompet's: its own business, secured (or not) by the merchant, never by dompet. */
@RestController
public class OrderController {

    private final OrderService orders;

    public OrderController(OrderService orders) {
        this.orders = orders;
    }

    public record PlaceOrder(String idempotencyKey, String customerNumber, BigDecimal amount) {
    }

    @PostMapping("/orders")
    public Order place(@RequestBody PlaceOrder request) {
        return orders.placeOrder(request.idempotencyKey(), request.customerNumber(), request.amount());
    }
}
