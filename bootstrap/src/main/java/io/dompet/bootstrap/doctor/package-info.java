/**
 * The connection doctor ({@code java -jar dompet.jar --dompet.doctor}): the least harmful call to each Finpay API with
 * dompet's configuration, and, on a refusal a switch can explain, the same call with the switch's other values, so
 * that the report names the value Finpay accepts. docs/finpay.md, "Connection doctor".
 */
@NullMarked
package io.dompet.bootstrap.doctor;

import org.jspecify.annotations.NullMarked;
