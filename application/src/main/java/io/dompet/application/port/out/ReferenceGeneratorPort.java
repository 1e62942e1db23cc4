package io.dompet.application.port.out;

import io.dompet.domain.topup.PartnerReferenceNo;
import io.dompet.domain.topup.TopUpId;

/** Fresh identifiers; uniqueness is finally guaranteed by the database's constraints. */
public interface ReferenceGeneratorPort {

    TopUpId newTopUpId();

    PartnerReferenceNo newPartnerReferenceNo();
}
