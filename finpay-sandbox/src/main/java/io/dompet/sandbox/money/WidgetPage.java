package io.dompet.sandbox.money;

import static io.dompet.sandbox.http.Html.escape;

import io.dompet.sandbox.http.Html;
import io.dompet.sandbox.http.Reply;

/**
 * The widget's HTML: one small self-contained page (inline CSS and JavaScript, no external resource, no
 * {@code alert()} or popup) for a real browser. Element ids a browser test drives: {@code phone} (the masked
 * number), {@code channel} (a {@code <select>} of the six channels), {@code amount}, {@code pay}, {@code receipt}
 * (with {@code receipt-amount}, {@code receipt-channel}, {@code receipt-reference}) and {@code error}.
 */
final class WidgetPage {

    static final String TITLE = "Finpay Money — Top Up";

    private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline';"
            + " script-src 'unsafe-inline'; connect-src 'self'; base-uri 'none'; form-action 'self'";

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#f2f4f8;margin:0;padding:24px;color:#1d2433}
            main{max-width:420px;margin:0 auto;background:#fff;border-radius:12px;padding:24px;box-shadow:0 2px 12px rgba(0,0,0,.08)}
            h1{font-size:1.3rem;margin:0 0 4px}
            .phone{font-size:1.05rem;margin:0 0 8px;color:#4a5568}
            #phone{font-family:ui-monospace,Menlo,Consolas,monospace;letter-spacing:.05em}
            label{display:block;font-weight:600;margin:16px 0 6px}
            select,input{width:100%;box-sizing:border-box;padding:10px;font-size:1rem;border:1px solid #c9d0dc;border-radius:8px;background:#fff}
            .hint{font-size:.85rem;color:#718096;margin:4px 0 0}
            button{margin-top:20px;width:100%;padding:12px;font-size:1.05rem;border:0;border-radius:8px;background:#0b5fff;color:#fff;cursor:pointer}
            button:disabled{background:#9bb5e8;cursor:default}
            #receipt{margin-top:20px;padding:16px;border-radius:8px;background:#e8f7ee;border:1px solid #9ad3ae}
            #receipt h2{margin:0 0 8px;font-size:1.15rem;color:#1e6b3a}
            #receipt dl{display:grid;grid-template-columns:auto 1fr;gap:4px 12px;margin:0}
            #receipt dt{color:#4a5568}#receipt dd{margin:0;font-weight:600;word-break:break-all}
            #error{margin-top:20px;padding:12px 16px;border-radius:8px;background:#fdecec;border:1px solid #f1a9a9;color:#8a1f1f}
            [hidden]{display:none!important}
            footer{font-size:.8rem;color:#8a94a6;margin-top:24px;text-align:center}
            """;

    private static final String SCRIPT = """
            (function () {
              var access = document.body.getAttribute('data-access');
              var pay = document.getElementById('pay');
              var amount = document.getElementById('amount');
              var channel = document.getElementById('channel');
              var receipt = document.getElementById('receipt');
              var error = document.getElementById('error');
              function text(id, value) { document.getElementById(id).textContent = value; }
              function fail(message) {
                text('error', message);
                error.hidden = false;
                pay.disabled = false;
                pay.textContent = 'Pay';
              }
              function paid(answer) {
                text('receipt-amount', 'IDR ' + answer.amount);
                text('receipt-channel', answer.channel);
                text('receipt-reference', answer.referenceNo);
                text('receipt-paid-at', answer.paidAt);
                receipt.hidden = false;
                amount.disabled = true;
                channel.disabled = true;
                pay.disabled = true;
                pay.textContent = 'Pay';
              }
              pay.addEventListener('click', function () {
                error.hidden = true;
                var value = amount.value.trim();
                if (!/^\\d{1,16}(\\.\\d{1,2})?$/.test(value) || Number(value) < 10000) {
                  fail('Enter an amount of at least 10000, with at most two decimals.');
                  return;
                }
                pay.disabled = true;
                pay.textContent = 'Paying\\u2026';
                fetch('%s', {
                  method: 'POST',
                  headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
                  body: JSON.stringify({ access: access, channel: channel.value, amount: value })
                }).then(function (response) {
                  return response.json().then(function (answer) {
                    if (response.ok) { paid(answer); } else { fail(answer.error || 'The payment failed.'); }
                  });
                }).catch(function () {
                  fail('The payment could not be sent. Please try again.');
                });
              });
            })();
            """.formatted(WidgetPayEndpoint.PATH);

    private WidgetPage() {
    }

    /** The page of an open (or already paid, then showing its receipt) widget. */
    static Reply of(WidgetSession session) {
        WidgetSession.Receipt receipt = session.receipt();
        boolean paid = receipt != null;
        StringBuilder options = new StringBuilder();
        WidgetChannels.LABELS.forEach((code, label) -> options.append("<option value=\"").append(code).append('"')
                .append(paid && code.equals(receipt.channel()) ? " selected" : "").append('>')
                .append(escape(label)).append(" (").append(code).append(")</option>\n"));
        String disabled = paid ? " disabled" : "";
        String html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(TITLE) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n"
                + "<body data-access=\"" + escape(session.access()) + "\">\n<main>\n"
                + "<h1>Top up Finpay Money</h1>\n"
                + "<p class=\"phone\">Phone number <span id=\"phone\">" + escape(session.maskedPhoneNumber())
                + "</span></p>\n"
                + "<label for=\"channel\">Channel</label>\n<select id=\"channel\" name=\"channel\"" + disabled + ">\n"
                + options + "</select>\n"
                + "<label for=\"amount\">Amount (IDR)</label>\n"
                + "<input id=\"amount\" name=\"amount\" type=\"text\" inputmode=\"decimal\" autocomplete=\"off\""
                + " placeholder=\"50000\" value=\"" + (paid ? escape(receipt.amount()) : "") + "\"" + disabled + ">\n"
                + "<p class=\"hint\">At least 10000, up to two decimals.</p>\n"
                + "<button id=\"pay\" type=\"button\"" + disabled + ">Pay</button>\n"
                + "<div id=\"error\" role=\"alert\" hidden></div>\n"
                + "<div id=\"receipt\" role=\"status\"" + (paid ? "" : " hidden") + ">\n<h2>Paid</h2>\n<dl>\n"
                + "<dt>Amount</dt><dd id=\"receipt-amount\">" + (paid ? "IDR " + escape(receipt.amount()) : "")
                + "</dd>\n"
                + "<dt>Channel</dt><dd id=\"receipt-channel\">" + (paid ? escape(receipt.channel()) : "") + "</dd>\n"
                + "<dt>Reference</dt><dd id=\"receipt-reference\">" + (paid ? escape(receipt.referenceNo()) : "")
                + "</dd>\n"
                + "<dt>Paid at</dt><dd id=\"receipt-paid-at\">" + (paid ? escape(receipt.paidAt()) : "") + "</dd>\n"
                + "</dl>\n</div>\n"
                + "<footer>Finpay sandbox: no real money moves.</footer>\n"
                + "</main>\n<script>\n" + SCRIPT + "</script>\n</body>\n</html>\n";
        return Html.page(200, html, CONTENT_SECURITY_POLICY);
    }

    /** The page for an access token that opens no widget. */
    static Reply notFound() {
        String html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>" + escape(TITLE) + " — Not Found</title>\n<style>\n" + STYLE + "</style>\n</head>\n"
                + "<body>\n<main>\n<h1>Widget not found</h1>\n"
                + "<p id=\"error\">This top-up link is unknown or no longer valid. Start the top-up again from the"
                + " merchant.</p>\n</main>\n</body>\n</html>\n";
        return Html.page(404, html, CONTENT_SECURITY_POLICY);
    }
}
