package io.dompet.adapter.web.resource;

import io.dompet.adapter.web.problem.InvalidFields;
import io.dompet.application.port.page.Page;
import io.dompet.application.port.page.PageCursor;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads the query parameters the lists share ({@code limit}, {@code after}, the {@code createdFrom} … {@code createdTo}
 * window, yes/no and enum filters), naming each invalid one; every list controller reads them here, so that a
 * parameter means the same and is refused with the same message on every list.
 */
public final class PageParameters {

    /** The query parameters of the time window of the lists that have one. */
    public static final String CREATED_FROM = "createdFrom";
    public static final String CREATED_TO = "createdTo";
    /** Their descriptions, for the API description. */
    public static final String CREATED_FROM_DESCRIPTION = "Created at or after this ISO-8601 date-time";
    public static final String CREATED_TO_DESCRIPTION = "Created before this ISO-8601 date-time";

    /** What a valid {@code limit} is, for the message that refuses another. */
    public static final String LIMIT_RANGE = "must be a whole number from 1 to " + Page.MAX_LIMIT;

    private PageParameters() {
    }

    /**
     * The page a list request asks for.
     *
     * @param limit the page size: {@link Page#DEFAULT_LIMIT} when the request names none
     * @param after the cursor the page starts after, or null for the first page
     */
    public record PageRequest(int limit, @Nullable PageCursor after) {
    }

    /**
     * The time window of a list request, each end null when absent.
     *
     * @param from created at or after
     * @param to   created before
     */
    public record CreatedWindow(@Nullable Instant from, @Nullable Instant to) {
    }

    /** The page {@code limit} and {@code after} ask for. */
    public static PageRequest page(@Nullable String limit, @Nullable String after, InvalidFields invalid) {
        return new PageRequest(limit(limit, invalid), after(after, invalid));
    }

    /** The window {@code createdFrom} … {@code createdTo} give; {@code createdTo} is invalid when the window is empty. */
    public static CreatedWindow created(@Nullable String createdFrom, @Nullable String createdTo, InvalidFields invalid) {
        Instant from = instant(CREATED_FROM, createdFrom, invalid);
        Instant to = instant(CREATED_TO, createdTo, invalid);
        window(CREATED_FROM, from, CREATED_TO, to, invalid);
        return new CreatedWindow(from, to);
    }

    /** The page size {@code raw} gives: {@link Page#DEFAULT_LIMIT} when absent, 1 to {@link Page#MAX_LIMIT}. */
    private static int limit(@Nullable String raw, InvalidFields invalid) {
        return limit(raw, ListResponse.LIMIT + " " + LIMIT_RANGE, invalid);
    }

    /** As {@link #limit(String, InvalidFields)}, naming an invalid {@code limit} with {@code message}. */
    public static int limit(@Nullable String raw, String message, InvalidFields invalid) {
        Integer limit = invalid.decode(ListResponse.LIMIT, raw, PageParameters::pageSize, message);
        return limit == null ? Page.DEFAULT_LIMIT : limit;
    }

    private static Optional<Integer> pageSize(String raw) {
        try {
            return Optional.of(Integer.parseInt(raw)).filter(Page::isValidLimit);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The cursor {@code raw} is, or null when absent. */
    private static @Nullable PageCursor after(@Nullable String raw, InvalidFields invalid) {
        return invalid.decode(ListResponse.AFTER, raw, PageCursor::decode, "after must be a nextCursor this list returned");
    }

    /** The instant {@code raw} spells (ISO-8601 with an offset, e.g. {@code 2026-11-24T05:00:00Z}), or null when absent. */
    private static @Nullable Instant instant(String field, @Nullable String raw, InvalidFields invalid) {
        return invalid.decode(field, raw, text -> {
            try {
                return Optional.of(OffsetDateTime.parse(text).toInstant());
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }, field + " must be an ISO-8601 date-time with an offset, e.g. 2026-11-24T05:00:00Z");
    }

    /** Names {@code to} as invalid when the window {@code from} … {@code to} is empty. */
    private static void window(String fromField, @Nullable Instant from, String toField, @Nullable Instant to,
                              InvalidFields invalid) {
        if (from != null && to != null && !from.isBefore(to)) {
            invalid.add(toField, toField + " must be later than " + fromField);
        }
    }

    /** {@code true} or {@code false}, or null when absent. */
    public static @Nullable Boolean bool(String field, @Nullable String raw, InvalidFields invalid) {
        return invalid.decode(field, raw,
                text -> text.equals("true") || text.equals("false") ? Optional.of(Boolean.valueOf(text)) : Optional.empty(),
                field + " must be true or false");
    }

    /** The constant of {@code type} named {@code raw} exactly, or null when absent. */
    public static <E extends Enum<E>> @Nullable E oneOf(String field, @Nullable String raw, Class<E> type,
                                                       InvalidFields invalid) {
        return oneOf(field, raw, type, field + " must be one of " + Arrays.toString(type.getEnumConstants()), invalid);
    }

    /** As {@link #oneOf(String, String, Class, InvalidFields)}, naming an invalid {@code field} with {@code message}. */
    public static <E extends Enum<E>> @Nullable E oneOf(String field, @Nullable String raw, Class<E> type, String message,
                                                       InvalidFields invalid) {
        return invalid.decode(field, raw,
                text -> Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(text)).findFirst(),
                message);
    }
}
