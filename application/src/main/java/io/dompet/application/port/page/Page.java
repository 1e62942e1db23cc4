package io.dompet.application.port.page;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list, newest first: its items and, when more follow, the cursor of the next page. Every list of the
 * API pages so, with one default and one most: {@link #DEFAULT_LIMIT} and {@link #MAX_LIMIT}.
 *
 * @param <T> the items
 */
public record Page<T>(List<T> items, @Nullable PageCursor next) {

    /** Items on a page when the client names no limit. */
    public static final int DEFAULT_LIMIT = 50;
    /** The most items on one page. */
    public static final int MAX_LIMIT = 200;

    public Page {
        items = List.copyOf(items);
    }

    /** The page of the first {@code limit} of {@code fetched} (read with one more than {@code limit}, to learn whether more follow). */
    public static <T> Page<T> of(List<T> fetched, int limit, java.util.function.Function<T, PageCursor> cursorOf) {
        Objects.requireNonNull(cursorOf);
        if (fetched.size() <= limit) {
            return new Page<>(fetched, null);
        }
        List<T> items = fetched.subList(0, limit);
        return new Page<>(items, cursorOf.apply(items.get(limit - 1)));
    }

    public boolean hasMore() {
        return next != null;
    }

    public Optional<PageCursor> nextCursor() {
        return Optional.ofNullable(next);
    }

    /** True when {@code limit} is a valid page size: 1 to {@link #MAX_LIMIT}. */
    public static boolean isValidLimit(int limit) {
        return limit >= 1 && limit <= MAX_LIMIT;
    }
}
