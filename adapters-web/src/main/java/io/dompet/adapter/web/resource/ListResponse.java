package io.dompet.adapter.web.resource;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.dompet.application.port.page.Page;
import io.dompet.application.port.page.PageCursor;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list as the API shows it: {@code {"data": [...], "hasMore": bool, "nextCursor": "..." | null}}. Send
 * {@code nextCursor} back as {@code after} for the next page; it is opaque and stays valid however many items arrive.
 *
 * @param <T> each item exactly as the API shows it on its own
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(requiredProperties = {"data", "hasMore", "nextCursor"})
public record ListResponse<T>(
        List<T> data,
        @Schema(description = "true when another page follows") boolean hasMore,
        @Schema(nullable = true, description = "The cursor of the next page, for ?after=; null on the last page")
        @Nullable String nextCursor) {

    /** The query parameter a client sends {@code nextCursor} back in. */
    public static final String AFTER = "after";
    /** The description of {@value #AFTER}, for the API description. */
    public static final String AFTER_DESCRIPTION = "The nextCursor of the previous page";
    /** The query parameter of the page size. */
    public static final String LIMIT = "limit";
    /** The description of {@value #LIMIT}, for the API description. */
    public static final String LIMIT_DESCRIPTION = "Items per page: 1 to " + Page.MAX_LIMIT + ", default "
            + Page.DEFAULT_LIMIT;

    public static <I, T> ListResponse<T> of(Page<I> page, Function<I, T> view) {
        return new ListResponse<>(page.items().stream().map(view).toList(), page.hasMore(),
                page.nextCursor().map(PageCursor::encoded).orElse(null));
    }
}
