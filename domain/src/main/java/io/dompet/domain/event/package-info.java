/** The events a merchant is told about (the event log and its webhooks). */
@NullMarked
package io.dompet.domain.event;

import org.jspecify.annotations.NullMarked;
