package io.dompet.adapter.finpay.snap;

import feign.RequestInterceptor;
import feign.RequestTemplate;
import io.dompet.adapter.finpay.signature.SnapRequestSigner;
import java.util.Collection;
import java.util.Objects;

/**
 * Adds {@code X-SIGNATURE} to every transactional SNAP request, computed over what is actually sent: the method,
 * the relative URL, the bearer token of the {@code Authorization} header, the encoded body bytes and the
 * {@code X-TIMESTAMP} header. Feign applies it to every attempt, after the body is encoded and before the base
 * URL is added, so the relative URL is the documented path.
 */
final class SnapSigningInterceptor implements RequestInterceptor {

    static final String SIGNATURE = "X-SIGNATURE";
    private static final String BEARER = "Bearer ";

    private final SnapRequestSigner signer;

    SnapSigningInterceptor(SnapRequestSigner signer) {
        this.signer = Objects.requireNonNull(signer);
    }

    @Override
    public void apply(RequestTemplate template) {
        String authorization = single(template, "Authorization");
        if (!authorization.startsWith(BEARER)) {
            throw new IllegalStateException("a SNAP request needs an Authorization: Bearer header");
        }
        byte[] body = template.body();
        if (body == null) {
            throw new IllegalStateException("a SNAP request needs a body");
        }
        String signature = signer.sign(template.method(), template.url(), authorization.substring(BEARER.length()),
                body, single(template, SnapHeaders.TIMESTAMP));
        template.removeHeader(SIGNATURE);
        template.headerLiteral(SIGNATURE, signature);
    }

    private static String single(RequestTemplate template, String name) {
        Collection<String> values = template.headers().get(name);
        if (values == null || values.size() != 1) {
            throw new IllegalStateException("a SNAP request needs exactly one " + name + " header");
        }
        return values.iterator().next();
    }
}
