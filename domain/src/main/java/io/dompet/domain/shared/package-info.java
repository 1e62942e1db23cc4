/** Value objects every part of the domain uses: money and Indonesian mobile numbers. */
@NullMarked
package io.dompet.domain.shared;

import org.jspecify.annotations.NullMarked;
