package io.reeldrop.adversarial;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.stream.Stream;

/**
 * Looks for API keys in everything a run leaves behind. A key counts as found when any
 * {@value #PIECE} characters of it appear in a row: a message cut before the key was hidden
 * leaks a prefix, not the whole key. Keys are random letters and digits, so such a piece never
 * occurs by chance, and no escaping (JSON, URL) changes how it is written.
 */
final class KeySweep {

    static final int PIECE = 8;

    private final Set<String> pieces = new HashSet<>();
    private final List<String> leaks = new ArrayList<>();
    private int sources;
    private long bytes;

    /** A key starting with {@code prefix}, {@code length} characters long. */
    static String newKey(Random random, String prefix, int length) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder key = new StringBuilder(prefix);
        while (key.length() < length) {
            key.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return key.toString();
    }

    KeySweep(String... keys) {
        for (String key : keys) {
            for (int i = 0; i + PIECE <= key.length(); i++) {
                pieces.add(key.substring(i, i + PIECE));
            }
        }
    }

    /** Records where a piece of a key shows in {@code text}, with a little context. */
    void text(String source, String text) {
        sources++;
        bytes += text.length();
        for (int i = 0; i + PIECE <= text.length(); i++) {
            if (pieces.contains(text.substring(i, i + PIECE))) {
                int end = i + PIECE;
                while (end < text.length() && pieces.contains(text.substring(end - PIECE + 1, end + 1))) {
                    end++;
                }
                String around = text.substring(Math.max(0, i - 50), i) + text.substring(i, i + PIECE) + "<...>"
                        + text.substring(end, Math.min(text.length(), end + 20));
                leaks.add(source + ": " + (end - i) + " characters of a key in \"..." + around.replaceAll("\\s+", " ")
                        + "...\"");
                i = end;
            }
        }
    }

    /** Every file under {@code root} but those {@code except} accepts, read as UTF-8 (bytes kept as they are). */
    void tree(Path root, Predicate<Path> except) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).filter(except.negate()).toList()) {
                text(p.toString(), new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> leaks() {
        return List.copyOf(leaks);
    }

    /** The leaks found, the first few in full: enough to find each, short enough to read. */
    String report() {
        int shown = Math.min(12, leaks.size());
        return leaks.size() + " leak(s) in " + figures() + ":\n  " + String.join("\n  ", leaks.subList(0, shown))
                + (shown < leaks.size() ? "\n  and " + (leaks.size() - shown) + " more" : "");
    }

    String figures() {
        return sources + " sources, " + bytes + " characters";
    }

    /** Everything logged through java.util.logging while installed, formatted as a log file would be. */
    static final class LogCapture extends Handler {

        private static final String[] LOUD = {"io.reeldrop", "org.apache.hc"};
        private final StringBuilder text = new StringBuilder();
        private final Formatter format = new SimpleFormatter();
        /** Strong references: JUL forgets the level of a logger nobody holds. */
        private final List<Logger> loud = new ArrayList<>();
        private final List<Level> before = new ArrayList<>();

        LogCapture() {
            setLevel(Level.ALL);
        }

        /** Captures everything, and turns ReelDrop's and HttpClient's loggers (wire and headers too) up to ALL. */
        LogCapture install() {
            Logger.getLogger("").addHandler(this);
            for (String name : LOUD) {
                Logger logger = Logger.getLogger(name);
                loud.add(logger);
                before.add(logger.getLevel());
                logger.setLevel(Level.ALL);
            }
            return this;
        }

        void uninstall() {
            Logger.getLogger("").removeHandler(this);
            for (int i = 0; i < loud.size(); i++) {
                loud.get(i).setLevel(before.get(i));
            }
        }

        @Override
        public synchronized void publish(LogRecord record) {
            text.append(format.format(record));
        }

        synchronized String text() {
            return text.toString();
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    /** A print stream that keeps what was printed. */
    static final class Captured {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
