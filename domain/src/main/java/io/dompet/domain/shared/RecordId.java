package io.dompet.domain.shared;

import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * dompet's own identifier of a record it keeps (a top-up, a widget session, a bill widget): a UUID, written in URLs as
 * its usual text. Each kind of record has its own type, so ids cannot be mixed up; they read text the same way
 * ({@link #parse}).
 */
public interface RecordId {

    UUID value();

    /**
     * The UUID {@code text} spells.
     *
     * @throws DomainValidationException the one {@code invalid} makes, when {@code text} is missing or not a UUID
     */
    static UUID parse(@Nullable String text, Supplier<? extends DomainValidationException> invalid) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw invalid.get();
        }
    }
}
