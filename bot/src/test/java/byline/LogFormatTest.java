package byline;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LogFormatTest {

    @Test
    void given_the_shipped_log_format_when_a_message_holds_newlines_then_it_stays_on_one_line() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        @SuppressWarnings("unchecked")
        OutputStreamAppender<?> stderr = (OutputStreamAppender<?>) root.getAppender("STDERR");
        PatternLayoutEncoder encoder = (PatternLayoutEncoder) stderr.getEncoder();

        LoggingEvent event = new LoggingEvent(getClass().getName(), root, Level.WARN,
                "question {} from a user", null, new Object[]{"who?\nERROR forged line\r\nINFO another"});
        String line = encoder.getLayout().doLayout(event);

        assertEquals("WARN  question who?\\nERROR forged line\\nINFO another from a user" + System.lineSeparator(),
                line);
    }
}
