/** Finpay bill-payment widgets: billers, bills and the widgets issued for them. */
@NullMarked
package io.dompet.domain.billwidget;

import org.jspecify.annotations.NullMarked;
