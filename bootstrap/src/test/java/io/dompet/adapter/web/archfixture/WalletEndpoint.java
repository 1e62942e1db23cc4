package io.dompet.adapter.web.archfixture;

/** Architecture fixture: a controller not named XxxController. */
@org.springframework.web.bind.annotation.RestController
public class WalletEndpoint {
}
