package io.dompet.adapter.finpay;

import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * Captures what one Logback logger (and its children) writes during each test: registered with
 * {@code @RegisterExtension final CapturedLogs logs = CapturedLogs.of(...)}, it attaches a fresh {@link ListAppender}
 * before each test and detaches it after, so no test attaches or forgets to detach an appender by hand.
 * (Each module's test tree has its own copy: modules share no test code, there is no test-jar.)
 */
public final class CapturedLogs implements BeforeEachCallback, AfterEachCallback {

    private final Logger logger;
    private ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private CapturedLogs(Logger logger) {
        this.logger = logger;
    }

    /** Captures the logger of that class. */
    public static CapturedLogs of(Class<?> loggerClass) {
        return new CapturedLogs((Logger) LoggerFactory.getLogger(loggerClass));
    }

    /** Captures the logger of that name and of every logger below it. */
    public static CapturedLogs of(String loggerName) {
        return new CapturedLogs((Logger) LoggerFactory.getLogger(loggerName));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        logger.detachAppender(appender);
        appender.stop();
    }

    /** The captured logger itself, for code under test that takes a logger. */
    public Logger logger() {
        return logger;
    }

    /** What was logged in this test so far, oldest first. */
    public List<ILoggingEvent> events() {
        return appender.list;
    }
}
