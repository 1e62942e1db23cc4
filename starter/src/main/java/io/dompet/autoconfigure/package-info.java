/**
 * dompet's Spring Boot auto-configuration, the one wiring of the stand-alone application and of a merchant's
 * application embedding dompet: explicit wiring of the adapters and services (no component scan), the configuration
 * checks, the schedules.
 */
@NullMarked
package io.dompet.autoconfigure;

import org.jspecify.annotations.NullMarked;
