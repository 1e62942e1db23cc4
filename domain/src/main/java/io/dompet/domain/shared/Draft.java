package io.dompet.domain.shared;

import java.util.function.Consumer;

/**
 * The fields of an aggregate being built or changed, set by name ({@code TopUpDraft}, {@code BillWidgetDraft},
 * {@code TopUpWidgetSessionDraft}, each package-private beside its aggregate). An aggregate keeps its state in one
 * draft that nobody else holds, and a transition sets the fields it changes on a copy ({@link #with}). Hand-written
 * because the domain depends on the JDK alone.
 *
 * @param <D> the draft itself
 */
public abstract class Draft<D extends Draft<D>> implements Cloneable {

    /** A {@link #copy} with the fields {@code change} sets; this draft stays as it is. */
    public final D with(Consumer<? super D> change) {
        D next = copy();
        change.accept(next);
        return next;
    }

    /**
     * A field-for-field copy: {@link Object#clone()}, which cannot forget a field, and is enough because a draft's
     * fields hold immutable values only.
     */
    @SuppressWarnings("unchecked")
    public final D copy() {
        try {
            return (D) clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError("a draft is Cloneable", e);
        }
    }
}
