/** The event log and the webhook deliveries: reading events, redelivering one, listing deliveries. */
@NullMarked
package io.dompet.adapter.web.event;

import org.jspecify.annotations.NullMarked;
