/** Value objects every part of the domain uses: money, Indonesian mobile numbers, Finpay failures and stored text. */
@NullMarked
package io.dompet.domain.shared;

import org.jspecify.annotations.NullMarked;
