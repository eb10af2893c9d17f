package io.reeldrop.preflight;

import java.net.URI;
import java.util.Locale;

/** How sizes, durations and links are written in the sentences, in one place. */
final class Wording {

    private static final long MEGABYTE = 1_000_000L;

    private Wording() {
    }

    /** A size as people read it, in decimal units: "44.1 kB", "2.7 GB", "512 bytes". */
    static String size(long bytes) {
        if (bytes < 1000) {
            return bytes + " bytes";
        }
        String[] units = {"kB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    /** A size next to its exact byte count, so two readings of "GB" cannot mislead: "2.7 GB (2,684,354,560 bytes)". */
    static String exactSize(long bytes) {
        return bytes < 1000 ? size(bytes) : size(bytes) + " (" + String.format(Locale.ROOT, "%,d", bytes) + " bytes)";
    }

    /** A documented limit as the documentation writes it ("2 GB", "200 MB"), then the exact bytes. */
    static String limit(long bytes) {
        String named = limitName(bytes);
        String exact = String.format(Locale.ROOT, "%,d bytes", bytes);
        return named.equals(exact) ? exact : named + " (" + exact + ")";
    }

    /** "2 GB" for 2^31 bytes, "200 MB" for 200,000,000; other numbers as bytes. */
    static String limitName(long bytes) {
        if (bytes % Limits.GIGABYTE == 0) {
            return bytes / Limits.GIGABYTE + " GB";
        }
        if (bytes % MEGABYTE == 0) {
            return bytes / MEGABYTE + " MB";
        }
        return String.format(Locale.ROOT, "%,d bytes", bytes);
    }

    /** A measured duration: "4.72 s" under 100 s, "7260 s" above. */
    static String seconds(double seconds) {
        return seconds < 100 ? String.format(Locale.ROOT, "%.2f s", seconds) : String.format(Locale.ROOT, "%.0f s", seconds);
    }

    /** A documented duration limit: "4 s", "2 hours (7200 s)". */
    static String duration(double seconds) {
        long whole = Math.round(seconds);
        if (whole >= 3600 && whole % 3600 == 0) {
            long hours = whole / 3600;
            return hours + (hours == 1 ? " hour (" : " hours (") + whole + " s)";
        }
        return whole == seconds ? whole + " s" : seconds(seconds);
    }

    /**
     * A link as a sentence names it: without its query (a signed URL's signature is long and
     * says nothing to a person), marked with "?..." when there was one.
     */
    static String link(URI url) {
        String text = url.toString();
        int cut = text.indexOf('?');
        int fragment = text.indexOf('#');
        if (fragment >= 0 && (cut < 0 || fragment < cut)) {
            return text.substring(0, fragment);
        }
        return cut < 0 ? text : text.substring(0, cut) + "?...";
    }
}
