/**
 * The top-up widget resources: issuing a customer Finpay Money's self-service top-up widget, and reading a widget
 * session with the top-up that completed it.
 */
package io.dompet.adapter.web.topupwidget;
