/** dompet's configuration: {@code @ConfigurationProperties} records under {@code dompet.*}, validated at start-up. */
@NullMarked
package io.dompet.bootstrap.properties;

import org.jspecify.annotations.NullMarked;
