package io.reeldrop.cli;

import java.util.regex.Pattern;

/**
 * Text made safe for a terminal or a log: no character a terminal acts on (ESC starting an ANSI
 * sequence, a bare CR that rewrites the line, BEL, the C1 controls, NUL, DEL) and none that
 * reorders what is shown (bidirectional overrides and isolates). They become {@code ?}. Whatever
 * ReelDrop prints may hold text from a server or from input, so this is the last gate, applied
 * to every CLI stream and every log line.
 */
public final class TerminalText {

    /** Control characters but LF and TAB, and bidirectional controls; CR only when it ends a line (CR LF). */
    private static final Pattern UNSAFE = Pattern.compile(
            "\\r(?!\\n)|[\\p{Cc}&&[^\\n\\t\\r]]|[\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");
    private static final Pattern BREAKS = Pattern.compile("[\\r\\n\\u0085\\u2028\\u2029]+");

    private TerminalText() {
    }

    /** Unsafe characters as {@code ?}; line breaks kept. */
    public static String safe(String text) {
        return text == null ? null : UNSAFE.matcher(text).replaceAll("?");
    }

    /** {@link #safe} on one line: line breaks become a space, so one record cannot pose as two. */
    public static String oneLine(String text) {
        return text == null ? null : safe(BREAKS.matcher(text).replaceAll(" "));
    }
}
