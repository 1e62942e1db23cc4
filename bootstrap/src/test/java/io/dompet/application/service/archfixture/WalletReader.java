package io.dompet.application.service.archfixture;

/** Architecture fixture: a service not named XxxService. */
public class WalletReader implements io.dompet.application.port.in.GetTopUpQuery {
    @Override
    public java.util.Optional<io.dompet.domain.topup.TopUp> getTopUp(io.dompet.domain.topup.TopUpId id) {
        return java.util.Optional.empty();
    }
}
