package io.dompet.adapter.finpay.topupwidget;

import org.jspecify.annotations.Nullable;

/** Answer of {@code POST /widget/topup} ("Response Get Widget"). */
record WidgetTopUpResponse(@Nullable String statusCode, @Nullable String statusDesc, @Nullable String widgetURL) {
}
