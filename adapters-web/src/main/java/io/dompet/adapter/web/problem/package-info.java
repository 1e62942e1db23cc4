/** RFC 9457 problem details: the problem types of the API, the one factory of problem documents, the exception that carries a problem, and the handler. */
package io.dompet.adapter.web.problem;
