package io.dompet.adapter.web.resource;

import io.dompet.adapter.web.problem.InvalidFields;
import io.dompet.application.port.page.Page;
import io.dompet.application.port.page.PageCursor;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/** Reads the query parameters every list shares ({@code limit}, {@code after}, a time window), naming each invalid one. */
public final class PageParameters {

    private PageParameters() {
    }

    /** The page size {@code raw} gives: {@link Page#DEFAULT_LIMIT} when absent, 1 to {@link Page#MAX_LIMIT}. */
    public static int limit(@Nullable String raw, InvalidFields invalid) {
        if (raw == null) {
            return Page.DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(raw);
            if (Page.isValidLimit(limit)) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        invalid.add(ListResponse.LIMIT, "limit must be a whole number from 1 to " + Page.MAX_LIMIT);
        return Page.DEFAULT_LIMIT;
    }

    /** The cursor {@code raw} is, or null when absent. */
    public static @Nullable PageCursor after(@Nullable String raw, InvalidFields invalid) {
        if (raw == null) {
            return null;
        }
        PageCursor cursor = PageCursor.decode(raw).orElse(null);
        if (cursor == null) {
            invalid.add(ListResponse.AFTER, "after must be a nextCursor this list returned");
        }
        return cursor;
    }

    /** The instant {@code raw} spells (ISO-8601 with an offset, e.g. {@code 2026-11-24T05:00:00Z}), or null when absent. */
    public static @Nullable Instant instant(String field, @Nullable String raw, InvalidFields invalid) {
        if (raw == null) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(raw).toInstant();
        } catch (DateTimeParseException e) {
            invalid.add(field, field + " must be an ISO-8601 date-time with an offset, e.g. 2026-11-24T05:00:00Z");
            return null;
        }
    }

    /** Names {@code to} as invalid when the window {@code from} … {@code to} is empty. */
    public static void window(String fromField, @Nullable Instant from, String toField, @Nullable Instant to,
                              InvalidFields invalid) {
        if (from != null && to != null && !from.isBefore(to)) {
            invalid.add(toField, toField + " must be later than " + fromField);
        }
    }

    /** {@code true} or {@code false}, or null when absent. */
    public static @Nullable Boolean bool(String field, @Nullable String raw, InvalidFields invalid) {
        if (raw == null) {
            return null;
        }
        if (raw.equals("true") || raw.equals("false")) {
            return Boolean.valueOf(raw);
        }
        invalid.add(field, field + " must be true or false");
        return null;
    }

    /** The constant of {@code type} named {@code raw} exactly, or null when absent. */
    public static <E extends Enum<E>> @Nullable E oneOf(String field, @Nullable String raw, Class<E> type,
                                                       InvalidFields invalid) {
        if (raw == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(raw)) {
                return constant;
            }
        }
        invalid.add(field, field + " must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        return null;
    }
}
