package com.example.merchant;

import io.dompet.application.port.in.TopUpCustomerCommand;
import io.dompet.application.port.in.TopUpCustomerUseCase;
import io.dompet.application.port.in.TopUpResult;
import io.dompet.domain.shared.Money;
import io.dompet.domain.shared.PhoneNumber;
import io.dompet.domain.topup.ApiClient;
import io.dompet.domain.topup.IdempotencyKey;
import io.dompet.domain.topup.TopUp;
import java.math.BigDecimal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The merchant's flow: write the order, top the customer up through dompet's use case, record the outcome on the
 * order. Deliberately not {@code @Transactional}: dompet calls Finpay and never holds a database transaction across
 * that call, so the merchant's flow must not hold one around it either (it would keep a connection and row locks for
 * as long as Finpay takes, and roll back the order while the money may have moved). Each step commits on its own; the
 * order's idempotency key is dompet's, so a retried order tops up once.
 */
@Service
public class OrderService {

    /** The name dompet records as the client of the merchant's own top-ups. */
    static final ApiClient CLIENT = new ApiClient("merchant-orders");

    private final OrderRepository orders;
    private final TopUpCustomerUseCase topUps;
    private volatile boolean transactionAtLastTopUp;

    public OrderService(OrderRepository orders, TopUpCustomerUseCase topUps) {
        this.orders = orders;
        this.topUps = topUps;
    }

    public Order placeOrder(String idempotencyKey, String customerNumber, BigDecimal amount) {
        Order order = orders.place(idempotencyKey, customerNumber, amount);
        transactionAtLastTopUp = TransactionSynchronizationManager.isActualTransactionActive();
        TopUpResult result = topUps.topUp(new TopUpCustomerCommand(CLIENT, new IdempotencyKey(idempotencyKey),
                PhoneNumber.parse(customerNumber), Money.parse(amount.toPlainString())));
        if (result instanceof TopUpResult.Executed executed) {
            record(order, executed.topUp());
        } else if (result instanceof TopUpResult.Replayed replayed) {
            record(order, replayed.topUp());
        } else if (result instanceof TopUpResult.InProgress inProgress) {
            orders.recordOutcome(order.id(), "IN_PROGRESS", inProgress.existing().value());
        } else if (result instanceof TopUpResult.KeyConflict conflict) {
            orders.recordOutcome(order.id(), "KEY_CONFLICT", conflict.existing().value());
        }
        return orders.find(idempotencyKey).orElseThrow();
    }

    /** Whether a database transaction was active when the last order called dompet's use case (it must not be). */
    public boolean transactionAtLastTopUp() {
        return transactionAtLastTopUp;
    }

    private void record(Order order, TopUp topUp) {
        orders.recordOutcome(order.id(), topUp.status().name(), topUp.id().value());
    }
}
