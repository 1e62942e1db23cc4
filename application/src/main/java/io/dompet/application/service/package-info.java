/** Services implementing the in-ports with the out-ports; plain Java, no framework. */
@NullMarked
package io.dompet.application.service;

import org.jspecify.annotations.NullMarked;
