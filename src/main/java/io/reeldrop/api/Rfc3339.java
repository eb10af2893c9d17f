package io.reeldrop.api;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the API's times leniently and writes them the way its filters document
 * ({@code YYYY-MM-DDTHH:mm:ssZ}). Seen in answers and the spec's own examples: {@code Z} or
 * {@code +00:00} offsets, 0 to 6 fraction digits, and a space instead of {@code T}.
 */
final class Rfc3339 {

    private static final Pattern SHAPE = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})[Tt ](\\d{2}:\\d{2}(?::\\d{2})?)(\\.\\d+)?\\s*([Zz]|[+-]\\d{2}:?\\d{2})?");

    private Rfc3339() {
    }

    /** The instant {@code text} names, or null when it is absent or not a date-time. */
    static Instant parseOrNull(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = SHAPE.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        String time = m.group(2).length() == 5 ? m.group(2) + ":00" : m.group(2);
        // RFC 3339 allows a leap second (:60); java.time does not, so read it as the next second.
        boolean leapSecond = time.endsWith(":60");
        if (leapSecond) {
            time = time.substring(0, time.length() - 2) + "59";
        }
        String fraction = m.group(3) == null ? "" : m.group(3).substring(0, Math.min(10, m.group(3).length()));
        String offset = m.group(4);
        String local = m.group(1) + "T" + time + fraction;
        try {
            Instant parsed;
            if (offset == null) {
                parsed = LocalDateTime.parse(local).toInstant(ZoneOffset.UTC);
            } else {
                offset = offset.toUpperCase(Locale.ROOT);
                if (offset.length() == 5) {
                    offset = offset.substring(0, 3) + ":" + offset.substring(3);
                }
                parsed = OffsetDateTime.parse(local + offset).toInstant();
            }
            return leapSecond ? parsed.plusSeconds(1) : parsed;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Whole seconds, UTC: the filter means "at or after", so dropping the fraction keeps every match. */
    static String format(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
