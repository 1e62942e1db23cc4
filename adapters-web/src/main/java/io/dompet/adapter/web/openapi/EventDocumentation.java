package io.dompet.adapter.web.openapi;

import io.dompet.adapter.web.event.EventResponse;
import io.dompet.adapter.web.event.EventSubject;
import io.dompet.domain.event.EventType;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Describes an event ({@link EventResponse}) as polymorphic by its own {@value #TYPE}: a {@code oneOf} of one schema per
 * kind of resource in {@value #DATA} ({@link EventSubject}: {@code TopUpEvent}, {@code NotificationConflictEvent},
 * {@code TopUpWidgetEvent}, {@code BillWidgetEvent}), each with the event types of its kind as its {@value #TYPE}'s enum
 * and its resource's schema as {@value #DATA}, and a discriminator on {@value #TYPE} mapping every {@link EventType}
 * to its schema. A client generated from the description reads each event as its typed class by its type; told apart by
 * {@value #DATA} alone, the resources overlap (a client that ignores unknown members reads a top-up as a notification
 * conflict too). It describes the JSON {@link EventResponse} is written as, and changes nothing of it.
 *
 * <p>Written by hand because the mapping comes from {@link EventType} and {@link EventSubject#of}, which annotations,
 * being constants, cannot refer to.
 */
final class EventDocumentation implements OpenApiCustomizer {

    /** The schema springdoc derives from {@link EventResponse}; it becomes the {@code oneOf}. */
    static final String EVENT = EventResponse.class.getSimpleName();
    /** The event's member naming what happened: the discriminator. */
    static final String TYPE = "type";
    /** The event's member holding the resource. */
    static final String DATA = "data";
    private static final String SCHEMAS = "#/components/schemas/";

    @Override
    public void customise(OpenAPI openApi) {
        Map<String, Schema> schemas = openApi.getComponents() == null ? null : openApi.getComponents().getSchemas();
        Schema<?> event = schemas == null ? null : schemas.get(EVENT);
        if (event == null) {
            return;
        }
        List<Schema> oneOf = new ArrayList<>();
        Map<String, String> mapping = new LinkedHashMap<>();
        for (EventSubject subject : EventSubject.values()) {
            String name = schemaName(subject);
            schemas.put(name, eventOf(subject, event, schemas));
            oneOf.add(new Schema<>().$ref(SCHEMAS + name));
            subject.types().forEach(type -> mapping.put(type.wireName(), SCHEMAS + name));
        }
        schemas.put(EVENT, new Schema<>()
                .description("An event, as GET /api/v1/events lists it and each webhook POSTs it: what happened (type), "
                        + "and the resource as it was right after the change (data), whose schema the type decides")
                .oneOf(oneOf)
                .discriminator(new Discriminator().propertyName(TYPE).mapping(mapping)));
    }

    /** {@code TopUpEvent} for the events about a {@code TopUpResponse}, and so on. */
    static String schemaName(EventSubject subject) {
        return subject.response().getSimpleName().replaceFirst("Response$", "") + "Event";
    }

    /** The event's members as springdoc describes them, its type narrowed to the subject's and its data the resource's. */
    private static Schema<?> eventOf(EventSubject subject, Schema<?> event, Map<String, Schema> schemas) {
        String resource = subject.response().getSimpleName();
        if (!schemas.containsKey(resource)) {
            throw new IllegalStateException("The API description has no schema " + resource + " for the data of "
                    + subject.types() + " events");
        }
        Map<String, Schema> properties = new LinkedHashMap<>();
        event.getProperties().forEach((name, property) -> properties.put(name, switch (name) {
            case TYPE -> new Schema<>().type("string").types(Set.of("string"))
                    ._enum(subject.types().stream().map(type -> (Object) type.wireName()).toList())
                    .description("What happened");
            case DATA -> new Schema<>().$ref(SCHEMAS + resource);
            default -> property;
        }));
        return new Schema<>().type("object").types(Set.of("object"))
                .description("An event whose data is " + Character.toLowerCase(subject.description().charAt(0))
                        + subject.description().substring(1) + ", right after the change")
                .properties(properties)
                .required(event.getRequired());
    }
}
