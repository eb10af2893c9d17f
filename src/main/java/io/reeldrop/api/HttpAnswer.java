package io.reeldrop.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.message.BasicHeader;

/**
 * One HTTP answer read off the wire: status, the headers the client acts on, and at most
 * {@link #MAX_BODY} bytes of body (more is not kept, and {@link #oversized()} says so).
 */
record HttpAnswer(int status, Header[] headers, byte[] body, boolean oversized, RateLimit rateLimit) {

    /** Far above any documented answer (50 tasks per page); stops a runaway body from filling memory. */
    static final int MAX_BODY = 8 * 1024 * 1024;
    static final String HIDDEN = "[hidden]";

    /**
     * Reads the answer, keeping at most {@link #MAX_BODY} bytes. Past that, {@code abort} drops the
     * connection: closing the stream normally would drain the rest, and a runaway body may never end.
     */
    static HttpAnswer read(ClassicHttpResponse response, Runnable abort) throws IOException {
        HttpEntity entity = response.getEntity();
        byte[] body = new byte[0];
        boolean oversized = false;
        if (entity != null) {
            InputStream in = entity.getContent();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                byte[] buffer = new byte[16 * 1024];
                int n;
                while (in != null && (n = in.read(buffer)) >= 0) {
                    if (out.size() + n > MAX_BODY) {
                        oversized = true;
                        break;
                    }
                    out.write(buffer, 0, n);
                }
            } finally {
                if (oversized) {
                    abort.run();
                }
                closeQuietlyIf(oversized, in);
            }
            body = out.toByteArray();
        }
        return new HttpAnswer(response.getCode(), response.getHeaders(), body, oversized,
                RateLimitReader.read(response));
    }

    private static void closeQuietlyIf(boolean quietly, InputStream in) throws IOException {
        if (in == null) {
            return;
        }
        try {
            in.close();
        } catch (IOException e) {
            if (!quietly) {
                throw e;
            }
        }
    }

    /**
     * This answer with every occurrence of {@code secret} in its body and header values replaced
     * by {@code [hidden]}: done once, as the answer is read, so no message, quote or stored raw
     * answer made from it later (cut to 60 or 300 characters or not) can hold the key or part of it.
     *
     * @param secret null to keep the answer as it is
     */
    HttpAnswer hiding(String secret) {
        if (secret == null || secret.isEmpty()) {
            return this;
        }
        byte[] needle = secret.getBytes(StandardCharsets.UTF_8);
        byte[] newBody = indexOf(body, needle, 0) < 0 ? body
                : text().replace(secret, HIDDEN).getBytes(StandardCharsets.UTF_8);
        Header[] newHeaders = headers;
        for (int i = 0; i < headers.length; i++) {
            String value = headers[i].getValue();
            if (value != null && value.contains(secret)) {
                newHeaders = newHeaders == headers ? headers.clone() : newHeaders;
                newHeaders[i] = new BasicHeader(headers[i].getName(), value.replace(secret, HIDDEN));
            }
        }
        return newBody == body && newHeaders == headers ? this
                : new HttpAnswer(status, newHeaders, newBody, oversized, rateLimit);
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    String header(String name) {
        for (Header h : headers) {
            if (h.getName().equalsIgnoreCase(name)) {
                return h.getValue();
            }
        }
        return null;
    }

    String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    boolean isRedirect() {
        return status >= 300 && status < 400 && header("Location") != null;
    }
}
