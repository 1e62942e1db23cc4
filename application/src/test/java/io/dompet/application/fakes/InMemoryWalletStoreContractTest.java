package io.dompet.application.fakes;

import io.dompet.application.port.out.WalletStoreContract;

class InMemoryWalletStoreContractTest extends WalletStoreContract<InMemoryWalletStore> {

    @Override
    protected InMemoryWalletStore emptyStore() {
        return new InMemoryWalletStore();
    }
}
