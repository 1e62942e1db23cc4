/** Out-ports: what the application needs from the outside world (Finpay, the database, transactions). */
@NullMarked
package io.dompet.application.port.out;

import org.jspecify.annotations.NullMarked;
