/** Finpay Money top-up widgets issued to customers. */
@NullMarked
package io.dompet.domain.widget;

import org.jspecify.annotations.NullMarked;
