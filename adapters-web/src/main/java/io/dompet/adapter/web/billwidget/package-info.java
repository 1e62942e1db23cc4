/**
 * The bill widget resources: issuing a Finpay bill-payment widget for billers of the catalogue (optionally pre-filled
 * with a bill), reading a widget with its status as of now and, when asked, Finpay's check-token answer, and the
 * biller catalogue itself.
 */
package io.dompet.adapter.web.billwidget;
