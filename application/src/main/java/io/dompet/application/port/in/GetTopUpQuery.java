package io.dompet.application.port.in;

import io.dompet.domain.topup.TopUp;
import io.dompet.domain.topup.TopUpId;
import java.util.Optional;

/** Reads one top-up. */
public interface GetTopUpQuery {

    Optional<TopUp> getTopUp(TopUpId id);
}
