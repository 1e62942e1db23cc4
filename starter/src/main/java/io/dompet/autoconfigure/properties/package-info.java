/**
 * dompet's configuration: {@code @ConfigurationProperties} records under {@code dompet.*}, validated at start-up. They
 * hold the names and defaults an operator sees (the README's configuration table) and bind the adapters' own enums
 * directly; the starter's {@code ApplicationConfiguration} turns them into each adapter's settings.
 */
@NullMarked
package io.dompet.autoconfigure.properties;

import org.jspecify.annotations.NullMarked;
