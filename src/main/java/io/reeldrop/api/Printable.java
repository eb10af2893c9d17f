package io.reeldrop.api;

import java.util.regex.Pattern;

/**
 * Text from a server made fit for a sentence: one line, and no character a terminal or a log
 * viewer would act on (CR, LF, ANSI escapes, other control characters, bidirectional overrides
 * that reorder what is shown). Cutting comes after {@link Failures#hide}, never before, so an
 * API key that straddles the cut cannot leave a visible prefix.
 */
final class Printable {

    private static final Pattern BREAKS = Pattern.compile("[\\s\\u0085\\u2028\\u2029]+");
    private static final Pattern UNSAFE = Pattern.compile("[\\p{Cc}\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");

    private Printable() {
    }

    /** Line breaks and tabs become one space; other control characters a {@code ?}. */
    static String line(String text) {
        return UNSAFE.matcher(BREAKS.matcher(text).replaceAll(" ")).replaceAll("?").strip();
    }

    /** {@link #line} cut to {@code max} characters, with "..." when something was left out. */
    static String cut(String text, int max) {
        String line = line(text);
        return line.length() <= max ? line : line.substring(0, max) + "...";
    }
}
