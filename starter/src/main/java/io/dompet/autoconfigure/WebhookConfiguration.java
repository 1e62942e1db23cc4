package io.dompet.autoconfigure;

import io.dompet.adapter.web.resource.Livemode;
import io.dompet.application.port.in.DeliverWebhooksUseCase;
import io.dompet.application.port.out.EventLogPort;
import io.dompet.application.port.out.LoadTopUpPort;
import io.dompet.application.port.out.TransactionPort;
import io.dompet.application.port.out.WebhookDeliveryPort;
import io.dompet.application.port.out.WebhookSenderPort;
import io.dompet.application.service.EventService;
import io.dompet.application.service.WebhookDeliveryService;
import io.dompet.application.service.WebhookRetryPolicy;
import io.dompet.autoconfigure.StartupConfigurationCheck.InvalidConfigurationException;
import io.dompet.autoconfigure.metrics.WebhookDeliveryResults;
import io.dompet.autoconfigure.properties.WebhookDeliveryProperties;
import io.dompet.autoconfigure.properties.WebhookProperties;
import io.dompet.autoconfigure.webhook.StandardWebhookSender;
import io.dompet.autoconfigure.webhook.WebhookEndpoint;
import io.dompet.autoconfigure.webhook.WebhookSignature;
import io.dompet.domain.event.EventType;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import tools.jackson.databind.json.JsonMapper;

/**
 * The event log's services and the webhooks: the endpoints of {@code dompet.webhooks.<name>.*}, checked here (a bad
 * one stops start-up with one report naming each property, never a value), the sender (counted when Micrometer is
 * there) and the delivery scheduler.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties({WebhookProperties.class, WebhookDeliveryProperties.class})
class WebhookConfiguration {

    /** An endpoint's name: it is a property key, a column value and an API filter. */
    private static final String NAME = "[a-z0-9][a-z0-9-]{0,63}";

    @Bean
    Map<String, WebhookEndpoint> webhookEndpoints(WebhookProperties properties) {
        return endpoints(properties);
    }

    @Bean
    @ConditionalOnMissingBean
    EventService eventService(EventLogPort events, LoadTopUpPort topUps, WebhookDeliveryPort deliveries,
                              WebhookProperties properties, TransactionPort transactions) {
        return new EventService(events, topUps, deliveries, filters(properties), transactions);
    }

    @Bean
    @ConditionalOnMissingBean
    DeliverWebhooksUseCase webhookDeliveryService(EventLogPort events, WebhookDeliveryPort deliveries,
                                                  Map<String, WebhookEndpoint> webhookEndpoints, EventService eventService,
                                                  WebhookProperties properties, TransactionPort transactions,
                                                  WebhookDeliveryProperties delivery, JsonMapper json, Livemode livemode,
                                                  Clock clock, ObjectProvider<MeterRegistry> registry) {
        WebhookSenderPort sender = new StandardWebhookSender(webhookEndpoints, eventService, json, livemode, clock,
                delivery.timeout());
        MeterRegistry meters = registry.getIfAvailable();
        if (meters != null) {
            sender = new WebhookDeliveryResults(sender, meters);
        }
        return new WebhookDeliveryService(events, deliveries, sender, filters(properties), transactions,
                new WebhookRetryPolicy(delivery.firstRetry(), delivery.maxInterval(), delivery.giveUpAfter()),
                // longer than an attempt can take, with room for the database
                delivery.timeout().multipliedBy(3), delivery.batchSize());
    }

    /** Switch it off with {@code dompet.webhook-delivery.enabled=false} (the deliveries wait in the database). */
    @Bean
    @ConditionalOnBooleanProperty(name = "dompet.webhook-delivery.enabled", matchIfMissing = true)
    WebhookScheduler webhookScheduler(DeliverWebhooksUseCase deliveries) {
        return new WebhookScheduler(deliveries);
    }

    /** The endpoints, or the report of every unusable property (names only, never a value). */
    static Map<String, WebhookEndpoint> endpoints(WebhookProperties properties) {
        Map<String, WebhookEndpoint> endpoints = new LinkedHashMap<>();
        Set<String> names = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        new TreeMap<>(properties.webhooks()).forEach((name, endpoint) -> {
            String prefix = WebhookProperties.PREFIX + "." + name;
            if (!name.matches(NAME)) {
                names.add(prefix);
                problems.add(prefix + ": the name must be 1 to 64 lowercase letters, digits and '-'");
                return;
            }
            URI url = url(endpoint.url());
            if (url == null) {
                names.add(prefix + ".url");
                problems.add(prefix + ".url must be an absolute http(s) URL");
            }
            WebhookSignature signature = null;
            if (endpoint.secret() == null || endpoint.secret().isBlank()) {
                names.add(prefix + ".secret");
                problems.add(prefix + ".secret must be set (" + WebhookSignature.SECRET_PREFIX + " and a base64 key)");
            } else {
                try {
                    signature = WebhookSignature.of(endpoint.secret());
                } catch (IllegalArgumentException e) {
                    names.add(prefix + ".secret");
                    problems.add(prefix + ".secret " + e.getMessage());
                }
            }
            for (String type : Optional.ofNullable(endpoint.types()).orElse(List.of())) {
                if (EventType.fromWireName(type).isEmpty()) {
                    names.add(prefix + ".types");
                    problems.add(prefix + ".types names an unknown event type; known are "
                            + List.of(EventType.values()));
                    break;
                }
            }
            if (url != null && signature != null) {
                endpoints.put(name, new WebhookEndpoint(name, url, signature));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(List.copyOf(names), String.join("; ", problems));
        }
        return endpoints;
    }

    private static List<WebhookDeliveryPort.Endpoint> filters(WebhookProperties properties) {
        List<WebhookDeliveryPort.Endpoint> filters = new ArrayList<>();
        new TreeMap<>(properties.webhooks()).forEach((name, endpoint) -> filters.add(new WebhookDeliveryPort.Endpoint(name,
                Optional.ofNullable(endpoint.types()).orElse(List.of()).stream()
                        .map(type -> EventType.fromWireName(type).orElseThrow()).collect(java.util.stream.Collectors.toSet()))));
        return filters;
    }

    private static URI url(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            return uri.isAbsolute() && uri.getHost() != null
                    && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
