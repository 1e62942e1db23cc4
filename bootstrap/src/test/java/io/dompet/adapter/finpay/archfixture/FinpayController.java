package io.dompet.adapter.finpay.archfixture;

/** Architecture fixture: a controller outside the web adapter. */
@org.springframework.web.bind.annotation.RestController
public class FinpayController {
}
