/** Finpay Money top-up widgets issued to customers. */
@NullMarked
package io.dompet.domain.topupwidget;

import org.jspecify.annotations.NullMarked;
