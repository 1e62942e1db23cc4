package io.dompet.sandbox.http;

/** What the sandbox's two HTML pages (the Money widget and the bill widget) share: escaping and their headers. */
public final class Html {

    private Html() {
    }

    /** {@code text} safe inside HTML text and quoted attributes: {@code < > & " '} escaped. */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /**
     * An HTML answer that is never cached, sends no referrer, is not sniffed and is bound by
     * {@code contentSecurityPolicy}.
     */
    public static Reply page(int status, String html, String contentSecurityPolicy) {
        return Reply.html(status, html)
                .withHeader("Cache-Control", "no-store")
                .withHeader("Referrer-Policy", "no-referrer")
                .withHeader("X-Content-Type-Options", "nosniff")
                .withHeader("Content-Security-Policy", contentSecurityPolicy);
    }
}
