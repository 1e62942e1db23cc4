package io.dompet.adapter.finpay;

import org.springframework.context.annotation.Configuration;

/**
 * The one Spring configuration the Finpay adapter exports; bootstrap {@code @Import}s it.
 *
 * <p>It declares no beans yet: the signers need key material that bootstrap reads from its validated
 * {@code dompet.finpay.*} properties, so bootstrap builds them with
 * {@link io.dompet.adapter.finpay.signature.KeyMaterial} and
 * {@link io.dompet.adapter.finpay.signature.SnapTokenSigner}. The Feign clients and port adapters will be
 * declared here as they arrive.
 */
@Configuration(proxyBeanMethods = false)
public class FinpayAdapterConfiguration {
}
