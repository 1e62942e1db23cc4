package io.dompet.adapter.web.archfixture;

import io.dompet.application.service.QueryService;

/** Architecture fixture: a web adapter class that references an application service instead of a port. */
public class WebUsingAService {
    public QueryService service;
}
