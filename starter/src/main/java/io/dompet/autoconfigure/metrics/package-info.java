/** dompet's own meters, for {@code /actuator/prometheus}; docs/runbook.md says what to alert on. */
package io.dompet.autoconfigure.metrics;
