/** RFC 9457 problem details: the problem types of the API, the exceptions that carry them and their one handler. */
package io.dompet.adapter.web.problem;
