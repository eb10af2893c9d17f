package io.reeldrop.cli;

import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Log records as they reach the console: each message on one line and {@link TerminalText#safe}
 * (a CR LF in a server's message cannot forge a second record, an ESC cannot drive the terminal),
 * then the whole formatted record, stack traces included, made safe too. Wraps the formatter a
 * handler already has, so the format itself stays as configured.
 */
public final class OneLineLogs extends Formatter {

    private final Formatter format;

    private OneLineLogs(Formatter format) {
        this.format = format;
    }

    /** Wraps the formatter of every handler of the root logger (the console's, by default). */
    public static void install() {
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            Formatter current = handler.getFormatter();
            if (current != null && !(current instanceof OneLineLogs)) {
                handler.setFormatter(new OneLineLogs(current));
            }
        }
    }

    @Override
    public String format(LogRecord record) {
        LogRecord copy = new LogRecord(record.getLevel(), TerminalText.oneLine(formatMessage(record)));
        copy.setLoggerName(record.getLoggerName());
        copy.setInstant(record.getInstant());
        copy.setSequenceNumber(record.getSequenceNumber());
        copy.setSourceClassName(record.getSourceClassName());
        copy.setSourceMethodName(record.getSourceMethodName());
        copy.setThrown(record.getThrown());
        copy.setLongThreadID(record.getLongThreadID());
        return TerminalText.safe(format.format(copy));
    }

    @Override
    public String getHead(Handler h) {
        return format.getHead(h);
    }

    @Override
    public String getTail(Handler h) {
        return format.getTail(h);
    }
}
