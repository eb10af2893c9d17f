package io.reeldrop.listing;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;

/** How times, durations and sizes read in the table, the details pane and the exports. */
public final class Formats {

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter TODAY = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());
    /** The form spreadsheets read as a date and time whatever their locale. */
    private static final DateTimeFormatter SHEET = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private Formats() {
    }

    /** Seconds as h:mm:ss, e.g. 754.4 gives "0:12:34"; null gives "". */
    public static String duration(Double seconds) {
        if (seconds == null || seconds.isNaN() || seconds < 0) {
            return "";
        }
        long total = Math.round(seconds);
        return String.format("%d:%02d:%02d", total / 3600, (total / 60) % 60, total % 60);
    }

    /** "854x480 (480p)"; the label follows the short side so portrait videos read right too. */
    public static String resolution(Integer width, Integer height) {
        if (width == null || height == null) {
            return "";
        }
        int shortSide = Math.min(width, height);
        String label = shortSide >= 2160 ? "4K" : shortSide + "p";
        return width + "x" + height + " (" + label + ")";
    }

    /** A countdown such as "in 3 min"; "any moment" once the time has passed. */
    public static String relative(Instant at, Instant now) {
        if (at == null) {
            return "";
        }
        long seconds = Duration.between(now, at).getSeconds();
        if (seconds <= 5) {
            return "any moment";
        }
        if (seconds < 60) {
            return "in " + seconds + " s";
        }
        long minutes = Math.round(seconds / 60.0);
        if (minutes < 60) {
            return "in " + minutes + " min";
        }
        return String.format("in %d h %02d min", minutes / 60, minutes % 60);
    }

    /** Full local date and time, for tooltips and the details pane. */
    public static String dateTime(Instant at) {
        return at == null ? "" : DATE_TIME.format(at);
    }

    /** Time of day for today's instants, else the full date: keeps the columns narrow. */
    public static String shortDateTime(Instant at, Instant now) {
        if (at == null) {
            return "";
        }
        boolean sameDay = at.atZone(ZoneId.systemDefault()).toLocalDate()
                .equals(now.atZone(ZoneId.systemDefault()).toLocalDate());
        return sameDay ? TODAY.format(at) : DATE_TIME.format(at);
    }

    /** Local date and time as spreadsheets read it: "2026-11-28 14:03:22". */
    public static String sheetDateTime(Instant at) {
        return at == null ? "" : SHEET.format(at);
    }

    /** An instant for programs: ISO-8601 in UTC to the second, "2026-11-28T13:03:22Z". */
    public static String iso(Instant at) {
        return at == null ? "" : at.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** A point in time in {@code style}: short in the table, in full in a file. */
    public static String time(Instant at, Instant now, TimeStyle style) {
        return switch (style) {
            case TABLE -> shortDateTime(at, now);
            case SHEET -> sheetDateTime(at);
            case ISO -> iso(at);
        };
    }

    /** "12.3 MB of 40.0 MB". */
    public static String bytes(long sent, long total) {
        return size(sent) + " of " + size(total);
    }

    /** An upload's rate: "18 MB/s", "6.0 MB/s"; empty when none is measured. */
    public static String rate(double bytesPerSecond) {
        return bytesPerSecond > 0 && Double.isFinite(bytesPerSecond) ? shortSize((long) bytesPerSecond) + "/s" : "";
    }

    /**
     * A size in two or three figures, for a line that must fit a column: "151 MB", "6.0 MB",
     * "1.2 GB"; {@link #size} gives one more.
     */
    public static String shortSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double value = bytes / 1024.0;
        String unit = "KB";
        if (value >= 1024) {
            value /= 1024;
            unit = "MB";
        }
        if (value >= 1024) {
            value /= 1024;
            unit = "GB";
        }
        return String.format(value < 10 ? "%.1f %s" : "%.0f %s", value, unit);
    }

    /** What is left of something under way: "45 s left", "2 min left", "1 h 05 min left"; empty when unknown. */
    public static String timeLeft(Duration left) {
        if (left == null || left.isNegative()) {
            return "";
        }
        long seconds = left.getSeconds();
        if (seconds < 60) {
            return Math.max(1, seconds) + " s left";
        }
        long minutes = Math.round(seconds / 60.0);
        if (minutes < 60) {
            return minutes + " min left";
        }
        return String.format("%d h %02d min left", minutes / 60, minutes % 60);
    }

    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double kb = bytes / 1024.0;
        if (kb < 1024) {
            return String.format("%.1f KB", kb);
        }
        double mb = kb / 1024.0;
        return mb < 1024 ? String.format("%.1f MB", mb) : String.format("%.2f GB", mb / 1024.0);
    }
}
