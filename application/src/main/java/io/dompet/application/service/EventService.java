package io.dompet.application.service;

import io.dompet.application.port.in.BillWidgetResult;
import io.dompet.domain.event.EventCursor;
import io.dompet.application.port.in.EventPageResult;
import io.dompet.application.port.in.EventResult;
import io.dompet.application.port.in.ListEventsQuery;
import io.dompet.application.port.in.ListWebhookDeliveriesQuery;
import io.dompet.application.port.in.RedeliverEventUseCase;
import io.dompet.application.port.in.TopUpWidgetResult;
import io.dompet.domain.event.WebhookDelivery;
import io.dompet.application.port.out.EventLogPort;
import io.dompet.application.port.out.EventLogPort.StoredEvent;
import io.dompet.application.port.out.LoadTopUpPort;
import io.dompet.application.port.out.TransactionPort;
import io.dompet.application.port.out.WebhookDeliveryPort;
import io.dompet.domain.billwidget.BillWidget;
import io.dompet.domain.event.EventType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads the event log and the webhook deliveries, and schedules redeliveries. An event's resource is rendered from
 * the row as it was right after the change, with its status as of the event (a widget's expiry applied at the
 * event's time), exactly as the resource's own query would have answered then.
 */
public final class EventService implements ListEventsQuery, RedeliverEventUseCase, ListWebhookDeliveriesQuery {

    private final EventLogPort events;
    private final LoadTopUpPort topUps;
    private final WebhookDeliveryPort deliveries;
    private final List<WebhookDeliveryPort.Endpoint> endpoints;
    private final TransactionPort transactions;

    public EventService(EventLogPort events, LoadTopUpPort topUps, WebhookDeliveryPort deliveries,
                        List<WebhookDeliveryPort.Endpoint> endpoints, TransactionPort transactions) {
        this.events = Objects.requireNonNull(events);
        this.topUps = Objects.requireNonNull(topUps);
        this.deliveries = Objects.requireNonNull(deliveries);
        this.endpoints = List.copyOf(endpoints);
        this.transactions = Objects.requireNonNull(transactions);
    }

    @Override
    public EventPageResult listEvents(EventCursor after, int limit, Optional<EventType> type) {
        Objects.requireNonNull(after);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 … " + MAX_LIMIT);
        }
        transactions.inTransaction(events::recordExpiries);
        return transactions.inTransaction(() -> {
            List<StoredEvent> stored = events.loadEvents(after, limit + 1, type);
            boolean hasMore = stored.size() > limit;
            List<EventResult> page = stored.stream().limit(limit).map(this::result).toList();
            return new EventPageResult(page, hasMore, page.isEmpty() ? after : page.get(page.size() - 1).position());
        });
    }

    @Override
    public Optional<EventResult> getEvent(String id) {
        Objects.requireNonNull(id);
        return transactions.inTransaction(() -> events.loadEvent(id).map(this::result));
    }

    @Override
    public OptionalInt redeliver(String eventId) {
        Objects.requireNonNull(eventId);
        return transactions.inTransaction(() -> events.loadEvent(eventId)
                .map(event -> OptionalInt.of(deliveries.redeliver(event.id(), event.type(), endpoints)))
                .orElse(OptionalInt.empty()));
    }

    @Override
    public List<WebhookDelivery> listDeliveries(Optional<String> endpoint,
                                                      Optional<WebhookDelivery.Status> status, int limit) {
        return transactions.inTransaction(() -> deliveries.listDeliveries(endpoint, status, limit));
    }

    /** Renders a stored event; runs inside the caller's transaction. */
    private EventResult result(StoredEvent event) {
        EventResult.Data data;
        if (event.resource() instanceof EventLogPort.TopUpResource topUp) {
            data = new EventResult.TopUpData(topUp.topUp());
        } else if (event.resource() instanceof EventLogPort.TopUpWidgetResource widget) {
            data = new EventResult.TopUpWidgetData(new TopUpWidgetResult(widget.session(),
                    widget.session().status(event.createdAt()), widget.session().completedBy().flatMap(topUps::loadTopUp)));
        } else if (event.resource() instanceof EventLogPort.NotificationConflictResource conflict) {
            data = new EventResult.NotificationConflictData(conflict.conflict());
        } else {
            BillWidget widget = ((EventLogPort.BillWidgetResource) event.resource()).widget();
            data = new EventResult.BillWidgetData(new BillWidgetResult(widget, widget.status(event.createdAt()),
                    Optional.empty()));
        }
        return new EventResult(event.id(), event.type(), event.createdAt(), event.position(), data);
    }
}
