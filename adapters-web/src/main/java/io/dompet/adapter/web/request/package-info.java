/** The request id of every request: taken or made, answered, and put in the log context. */
@NullMarked
package io.dompet.adapter.web.request;

import org.jspecify.annotations.NullMarked;
