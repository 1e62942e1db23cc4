package io.dompet.application.port.in.archfixture;

/** Architecture fixture: an in-port not named XxxUseCase or XxxQuery. */
public interface TopUpper {
    void topUp();
}
