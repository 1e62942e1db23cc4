/** Finpay Money's co-brand API (Get Token + Widget Top Up) as a {@code TopUpWidgetPort}, over OpenFeign. */
@NullMarked
package io.dompet.adapter.finpay.topupwidget;

import org.jspecify.annotations.NullMarked;
