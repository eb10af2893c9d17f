package io.reeldrop.preflight;

import java.time.Duration;
import java.util.Objects;

/**
 * How far a link's check may go: time and bytes. The defaults ({@link #DEFAULT}):
 * a connection waits at most 3 s, any read at most 3 s, and no new request or read starts once
 * 5 s have passed since the check began, so a check ends within 5 s, or 8 s when a server
 * trickles its bytes (the last read's 3 s); at most 5 redirects; the first request asks for
 * the first 64 KiB, enough for a faststart MP4's or a WebM's header, and only when FFmpeg
 * needs more does a second one ask for the rest of the first MiB (1,048,576 bytes), the most a
 * check ever reads.
 *
 * @param connectTimeout longest wait for a TCP (and TLS) connection
 * @param readTimeout longest wait for the answer's head or for any read of its body
 * @param total after this long since the check began, nothing new is started
 * @param maxRedirects http(s) redirects followed before giving up
 * @param firstBytes bytes asked for first
 * @param maxBytes the most body bytes a check reads from the network
 */
public record Bounds(Duration connectTimeout, Duration readTimeout, Duration total, int maxRedirects, int firstBytes,
                     int maxBytes) {

    public static final Bounds DEFAULT = new Bounds(Duration.ofSeconds(3), Duration.ofSeconds(3), Duration.ofSeconds(5),
            5, 64 * 1024, 1024 * 1024);

    public Bounds {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(total, "total");
        if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative() || readTimeout.isZero()
                || total.isNegative() || total.isZero() || maxRedirects < 0 || firstBytes < 1 || maxBytes < firstBytes) {
            throw new IllegalArgumentException("pre-flight bounds must be positive, with firstBytes <= maxBytes");
        }
    }

    public Bounds withTimes(Duration connect, Duration read, Duration whole) {
        return new Bounds(connect, read, whole, maxRedirects, firstBytes, maxBytes);
    }

    public Bounds withBytes(int first, int max) {
        return new Bounds(connectTimeout, readTimeout, total, maxRedirects, first, max);
    }
}
