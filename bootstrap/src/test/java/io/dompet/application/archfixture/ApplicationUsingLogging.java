package io.dompet.application.archfixture;

/** Architecture fixture: an application class that depends on a library. */
public class ApplicationUsingLogging {
    public org.slf4j.Logger log;
}
