package io.reeldrop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Control characters from input or from servers (CR, ANSI escapes, BEL, bidi overrides) never
 * reach the terminal or a log raw (issue 11, item 10): not in a command's stdout or stderr, not
 * in a log record, whose message also stays on one line.
 */
class TerminalSafetyTest {

    /** What must not come out: any C0/C1 control but LF and TAB (and CR before LF), DEL, bidi controls. */
    private static final Pattern RAW = Pattern.compile("\\r(?!\\n)|[\\p{Cc}&&[^\\n\\t\\r]]|[\\u202A-\\u202E\\u2066-\\u2069]");
    private static final String NASTY = "\u001b[2J\u001b]0;owned\u0007\rFAKE\u202Etxt.exe\u009b31m";

    @TempDir
    Path data;

    @Test
    void aSentenceThatEchoesInputReachesStderrWithoutItsControlCharacters() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ReelDropCli.run(new String[]{"submit", "--data-dir", data.toString(), "--index", NASTY,
            "https://cdn.example.com/a.mp4"}, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, code, stderr);
        assertTrue(stderr.startsWith("The index id \"?[2J?]0;owned??FAKE?txt.exe?31m\" is not 24 hexadecimal"), stderr);
        assertFalse(RAW.matcher(stderr + out.toString(StandardCharsets.UTF_8)).find(), stderr);

        ByteArrayOutputStream usage = new ByteArrayOutputStream();
        ReelDropCli.run(new String[]{"list", "--colour" + NASTY}, Map.of(), System.out,
                new PrintStream(usage, true, StandardCharsets.UTF_8));
        String said = usage.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("--colour?[2J"), said);
        assertFalse(RAW.matcher(said).find(), said);
    }

    @Test
    void aLogRecordStaysOnOneLineAndPrintable() {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        StreamHandler handler = new StreamHandler(log, new SimpleFormatter());
        OneLineLogs wrapped = wrapOf(handler);
        handler.setFormatter(wrapped);
        LogRecord record = new LogRecord(Level.WARNING, "GET {0} failed: {1}");
        record.setParameters(new Object[]{"/v1.3/tasks/x", "bad\r\nSEVERE: forged record " + NASTY});
        record.setLoggerName("io.reeldrop.test");
        handler.publish(record);
        handler.flush();
        String text = log.toString(StandardCharsets.UTF_8);
        assertFalse(RAW.matcher(text).find(), text);
        assertEquals(2, text.split("\n", -1).length - 1, "SimpleFormatter's two lines, no third: " + text);
        assertTrue(text.contains("GET /v1.3/tasks/x failed: bad SEVERE: forged record ?[2J"), text);
    }

    private static OneLineLogs wrapOf(StreamHandler handler) {
        Logger root = Logger.getLogger("");
        root.addHandler(handler);
        try {
            OneLineLogs.install();
            return (OneLineLogs) handler.getFormatter();
        } finally {
            root.removeHandler(handler);
        }
    }
}
