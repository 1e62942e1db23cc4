package io.dompet.sandbox.billwidget;

import static io.dompet.sandbox.http.Html.escape;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.dompet.sandbox.http.Html;
import io.dompet.sandbox.http.Reply;

/**
 * The page a customer opens from {@code redirectURL}: one small self-contained HTML page (inline CSS, no script, no
 * external resource), titled {@value #TITLE}. Element ids for browser tests: {@code billers} (a {@code <ul>}, one
 * {@code <li data-code="080003">} per product code with its biller name), {@code bill} (the bill section, only
 * when a bill was sent: {@code bill-number}, {@code bill-amount}, {@code bill-period}, {@code bill-customer} masked)
 * and {@code expires-at} (a {@code <time>}), with {@code remaining} (the seconds left). Phone and e-mail never appear.
 */
final class BillPage {

    static final String TITLE = "Finpay — Bill Payment";
    static final String EXPIRED_HEADING = "This bill payment page has expired";

    private static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#f2f4f8;margin:0;padding:24px;color:#1d2433}
            main{max-width:460px;margin:0 auto;background:#fff;border-radius:12px;padding:24px;box-shadow:0 2px 12px rgba(0,0,0,.08)}
            h1{font-size:1.3rem;margin:0 0 4px}
            h2{font-size:1.05rem;margin:20px 0 8px}
            .terminal{color:#4a5568;margin:0}
            #billers{list-style:none;padding:0;margin:0}
            #billers li{padding:10px 12px;border:1px solid #dde3ec;border-radius:8px;margin-bottom:6px;display:flex;justify-content:space-between}
            .code{font-family:ui-monospace,Menlo,Consolas,monospace;color:#718096}
            #bill dl{display:grid;grid-template-columns:auto 1fr;gap:4px 12px;margin:0}
            #bill dt{color:#4a5568}#bill dd{margin:0;font-weight:600;word-break:break-all}
            .validity{margin-top:20px;padding:10px 12px;border-radius:8px;background:#eef4ff;color:#243b6b}
            .back{display:inline-block;margin-top:16px;color:#0b5fff}
            footer{font-size:.8rem;color:#8a94a6;margin-top:24px;text-align:center}
            """;

    private BillPage() {
    }

    /** The page of a widget that is still valid at {@code now}. */
    static Reply of(BillWidget widget, Map<String, String> billerNames, Instant now) {
        StringBuilder billers = new StringBuilder();
        for (String code : widget.productCodes()) {
            billers.append("<li data-code=\"").append(escape(code)).append("\"><span class=\"name\">")
                    .append(escape(billerNames.getOrDefault(code, "Unknown biller"))).append("</span> <span class=\"code\">")
                    .append(escape(code)).append("</span></li>\n");
        }
        long remaining = Math.max(0, Duration.between(now, widget.expiresAt()).toSeconds());
        String body = "<h1>Bill Payment</h1>\n"
                + "<p class=\"terminal\">" + escape(widget.terminalName()) + " · transaction "
                + escape(widget.trxId()) + "</p>\n"
                + "<h2>Billers</h2>\n<ul id=\"billers\">\n" + billers + "</ul>\n"
                + bill(widget.billInfo())
                + "<p class=\"validity\">Valid until <time id=\"expires-at\" datetime=\""
                + WidgetTime.iso(widget.expiresAt()) + "\">" + WidgetTime.format(widget.expiresAt())
                + " WIB</time> (<span id=\"remaining\">" + remaining + "</span> seconds left)</p>\n"
                + back(widget.backUrl())
                + "<footer>Finpay sandbox: no real money moves.</footer>\n";
        return page(200, TITLE, body);
    }

    /** The page of a widget whose {@code timeout} has passed. */
    static Reply expired(BillWidget widget) {
        String body = "<h1 id=\"expired\">" + EXPIRED_HEADING + "</h1>\n"
                + "<p>It was valid until <time id=\"expires-at\" datetime=\"" + WidgetTime.iso(widget.expiresAt())
                + "\">" + WidgetTime.format(widget.expiresAt()) + " WIB</time>. Start the payment again from the"
                + " merchant.</p>\n" + back(widget.backUrl());
        return page(410, TITLE + " — Expired", body);
    }

    /** The page for a token that opens no widget. */
    static Reply notFound() {
        return page(404, TITLE + " — Not Found", "<h1 id=\"not-found\">Bill payment not found</h1>\n"
                + "<p>This payment link is unknown. Start the payment again from the merchant.</p>\n");
    }

    private static String bill(BillInfo bill) {
        if (bill == null) {
            return "";
        }
        StringBuilder rows = new StringBuilder();
        row(rows, "Bill number", "bill-number", bill.billNumber());
        row(rows, "Amount", "bill-amount", bill.amount() == null ? null : "IDR " + bill.amount());
        row(rows, "Period", "bill-period", bill.period());
        row(rows, "Customer", "bill-customer", bill.maskedCustomerName());
        return "<section id=\"bill\">\n<h2>Bill</h2>\n<dl>\n" + rows + "</dl>\n</section>\n";
    }

    private static void row(StringBuilder rows, String label, String id, String value) {
        if (value != null) {
            rows.append("<dt>").append(label).append("</dt><dd id=\"").append(id).append("\">").append(escape(value))
                    .append("</dd>\n");
        }
    }

    /** A link back to the merchant, only when {@code backUrl} is an http(s) URL. */
    private static String back(String backUrl) {
        if (!backUrl.startsWith("https://") && !backUrl.startsWith("http://")) {
            return "";
        }
        return "<a class=\"back\" id=\"back\" href=\"" + escape(backUrl) + "\">Back to the merchant</a>\n";
    }

    private static Reply page(int status, String title, String body) {
        String html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(title) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n"
                + "<body>\n<main>\n" + body + "</main>\n</body>\n</html>\n";
        return Html.page(status, html, CONTENT_SECURITY_POLICY);
    }
}
