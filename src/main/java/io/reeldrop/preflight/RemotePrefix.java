package io.reeldrop.preflight;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpStatus;

/**
 * The first bytes of a link, read as they are needed and never more than the cap. Starts from
 * the answer to the first ranged GET; when more is wanted, reads on from that answer if it is
 * the whole file (a server that ignores ranges), or asks for the next range. The declared size
 * comes from the {@code Content-Range} total of a 206, else the {@code Content-Length} of a 200.
 * Not thread-safe: one check owns it.
 */
final class RemotePrefix implements AutoCloseable {

    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes\\s+(\\d+)-(\\d+)/(\\d+|\\*)");

    private final LinkFetcher fetcher;
    private final URI url;
    private final Deadline deadline;
    private final int cap;
    private final long declaredSize;
    private final String contentType;
    private byte[] buffer = new byte[0];
    private int length;
    private long bytesFetched;
    private ClassicHttpResponse answer;
    private InputStream body;
    private boolean bodyIsWholeFile;
    private boolean reachedEnd;

    /** @param first a 200 or 206 answer to a GET of the range starting at 0 */
    RemotePrefix(LinkFetcher fetcher, URI url, ClassicHttpResponse first, Deadline deadline, int cap) throws IOException {
        this.fetcher = fetcher;
        this.url = url;
        this.deadline = deadline;
        this.cap = cap;
        this.answer = first;
        this.contentType = mediaType(first);
        if (first.getCode() == HttpStatus.SC_PARTIAL_CONTENT) {
            long[] range = contentRange(first);
            declaredSize = range == null ? -1 : range[2];
            body = range != null && range[0] == 0 ? open(first) : null;
        } else {
            HttpEntity entity = first.getEntity();
            declaredSize = entity == null ? 0 : entity.getContentLength();
            body = open(first);
            bodyIsWholeFile = true;
        }
    }

    /** The size the server declared, or -1. */
    long declaredSize() {
        return declaredSize;
    }

    /** The media type without parameters, lower case, or null when the server sent none. */
    String contentType() {
        return contentType;
    }

    byte[] bytes() {
        return Arrays.copyOf(buffer, length);
    }

    int length() {
        return length;
    }

    long bytesFetched() {
        return bytesFetched;
    }

    /** Whether the bytes read are the whole file. */
    boolean complete() {
        return reachedEnd || (declaredSize >= 0 && length >= declaredSize);
    }

    /** Whether {@link #fill} could still add bytes. */
    boolean canGrow() {
        return !complete() && length < cap;
    }

    /** Reads until {@code wanted} bytes (at most the cap) are here, the file ends, or no more can be had. */
    void fill(int wanted) throws IOException {
        int target = Math.min(wanted, cap);
        if (declaredSize >= 0) {
            target = (int) Math.min(target, declaredSize);
        }
        if (buffer.length < target) {
            buffer = Arrays.copyOf(buffer, target);
        }
        boolean asked = false;
        while (length < target && !complete()) {
            if (body == null) {
                if (asked || bodyIsWholeFile || !askFrom(length, target - 1)) {
                    return;
                }
                asked = true;
                continue;
            }
            deadline.check();
            int read = body.read(buffer, length, target - length);
            if (read < 0) {
                release();
                reachedEnd |= bodyIsWholeFile;
                continue;
            }
            length += read;
            bytesFetched += read;
        }
    }

    /** Asks for bytes {@code from}..{@code to}; false when the server will not give them from there. */
    private boolean askFrom(long from, long to) throws IOException {
        release();
        answer = fetcher.get(url, from, to, deadline);
        if (answer.getCode() == HttpStatus.SC_PARTIAL_CONTENT) {
            long[] range = contentRange(answer);
            if (range != null && range[0] == from) {
                body = open(answer);
                return true;
            }
        } else if (answer.getCode() == HttpStatus.SC_OK) {
            // The range was ignored this time: skip what is already here (at most the cap).
            body = open(answer);
            bodyIsWholeFile = true;
            long skipped = 0;
            while (skipped < from) {
                deadline.check();
                long n = body.skip(from - skipped);
                if (n <= 0) {
                    break;
                }
                skipped += n;
            }
            bytesFetched += skipped;
            return skipped == from;
        }
        release();
        return false;
    }

    private static InputStream open(ClassicHttpResponse response) throws IOException {
        HttpEntity entity = response.getEntity();
        return entity == null ? InputStream.nullInputStream() : entity.getContent();
    }

    private void release() {
        if (answer != null) {
            LinkFetcher.discard(answer);
        }
        answer = null;
        body = null;
    }

    /** {@code [first, last, total]} of a Content-Range header; total -1 for "*"; null when absent or malformed. */
    static long[] contentRange(ClassicHttpResponse response) {
        Header header = response.getFirstHeader(HttpHeaders.CONTENT_RANGE);
        Matcher matcher = header == null ? null : CONTENT_RANGE.matcher(header.getValue().trim().toLowerCase(Locale.ROOT));
        if (matcher == null || !matcher.matches()) {
            return null;
        }
        try {
            long total = matcher.group(3).equals("*") ? -1 : Long.parseLong(matcher.group(3));
            return new long[] {Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)), total};
        } catch (NumberFormatException tooLong) {
            return null;
        }
    }

    private static String mediaType(ClassicHttpResponse response) {
        Header header = response.getFirstHeader(HttpHeaders.CONTENT_TYPE);
        if (header == null || header.getValue().isBlank()) {
            return null;
        }
        String value = header.getValue();
        int semicolon = value.indexOf(';');
        return (semicolon < 0 ? value : value.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() {
        release();
    }
}
