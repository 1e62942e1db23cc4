package io.dompet.adapter.web.archfixture;

import io.dompet.application.service.GetWalletService;

/** Architecture fixture: a web adapter class that references an application service instead of a port. */
public class WebUsingAService {
    public GetWalletService service;
}
