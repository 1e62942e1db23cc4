/** Finpay's bill-payment widget API (Generate Widget + Check Token) as a {@code BillWidgetPort}, over OpenFeign. */
@NullMarked
package io.dompet.adapter.finpay.billwidget;

import org.jspecify.annotations.NullMarked;
