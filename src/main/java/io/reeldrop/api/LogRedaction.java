package io.reeldrop.api;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Keeps API keys out of HttpClient's header and wire logs, which print every request header
 * (our {@code x-api-key} included) when someone turns logging up to debug. Works with
 * slf4j-jdk14, the binding ReelDrop ships: a JUL filter on those two loggers drops any line
 * that names the key header and blanks any key value that still shows up.
 */
final class LogRedaction {

    /** Shorter keys are test placeholders; blanking them would garble every log line. */
    static final int MIN_SECRET_LENGTH = 8;

    private static final String[] LOGGER_NAMES = {
        "org.apache.hc.client5.http.headers", "org.apache.hc.client5.http.wire"};
    /** Strong references: JUL holds loggers weakly, and a collected logger loses its filter. */
    private static final Logger[] LOGGERS = new Logger[LOGGER_NAMES.length];
    private static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();

    private LogRedaction() {
    }

    static synchronized void protect(ApiKey key) {
        if (key.reveal().length() >= MIN_SECRET_LENGTH) {
            SECRETS.add(key.reveal());
        }
        for (int i = 0; i < LOGGER_NAMES.length; i++) {
            if (LOGGERS[i] == null) {
                LOGGERS[i] = Logger.getLogger(LOGGER_NAMES[i]);
            }
            if (!(LOGGERS[i].getFilter() instanceof KeyFilter)) {
                LOGGERS[i].setFilter(new KeyFilter(LOGGERS[i].getFilter()));
            }
        }
    }

    private static final class KeyFilter implements Filter {
        private final Filter next;

        KeyFilter(Filter next) {
            this.next = next;
        }

        @Override
        public boolean isLoggable(LogRecord record) {
            String message = record.getMessage();
            if (message != null) {
                if (message.toLowerCase(Locale.ROOT).contains(RequestFactory.KEY_HEADER)) {
                    return false;
                }
                for (String secret : SECRETS) {
                    if (message.contains(secret)) {
                        record.setMessage(message.replace(secret, "[hidden]"));
                        message = record.getMessage();
                    }
                }
            }
            return next == null || next.isLoggable(record);
        }
    }
}
