package io.reeldrop.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an object store's answer to a chunk PUT means: its error code and message (S3 and its
 * kin answer XML such as {@code <Error><Code>AccessDenied</Code><Message>Request has
 * expired</Message>...}; some answer JSON), and whether the URL, the moment or the chunk is at
 * fault. XML is read with two bounded patterns, not a parser: nothing in a hostile body is
 * resolved or expanded, and only a code and a message are wanted.
 */
record StoreAnswer(int status, String code, String message) {

    private static final Pattern CODE = Pattern.compile("<Code>\\s*([^<]{1,100}?)\\s*</Code>");
    private static final Pattern MESSAGE = Pattern.compile("<Message>\\s*([^<]{1,300}?)\\s*</Message>");
    /** Read no further into a body for a code than this: error documents are small. */
    private static final int SCAN_LIMIT = 16 * 1024;
    /** 400s that are about the moment, not the URL: S3's socket timeout and a body cut short. */
    private static final Set<String> TRANSIENT_400 = Set.of("requesttimeout", "incompletebody");

    static StoreAnswer of(HttpAnswer answer) {
        String text = answer.text();
        String head = text.length() > SCAN_LIMIT ? text.substring(0, SCAN_LIMIT) : text;
        String code = null;
        String message = null;
        if (head.stripLeading().startsWith("<")) {
            code = group(CODE.matcher(head));
            message = group(MESSAGE.matcher(head));
        } else if (head.stripLeading().startsWith("{")) {
            try {
                JsonNode body = BodyDescription.object(answer);
                code = JsonFields.text(body, "code");
                message = JsonFields.text(body, "message");
            } catch (UnreadableAnswer e) {
                // Neither code nor message: the status alone has to speak.
            }
        }
        // The code is kept and shown (ChunkPutResult.UrlRefused): printable, like every server text.
        return new StoreAnswer(answer.status(), code == null ? null : Printable.cut(code, 100),
                message == null ? null : Printable.cut(message, 300));
    }

    private static String group(Matcher m) {
        return m.find() ? m.group(1) : null;
    }

    /** Network-like trouble at the store: try the same URL again after a wait. */
    boolean worthRetrying() {
        return RetryPolicy.isRetryableStatus(status)
                || status == 400 && code != null && TRANSIENT_400.contains(code.toLowerCase(Locale.ROOT));
    }

    /** The URL itself is refused (expired, used, signature no longer valid): fresh URLs cure it. */
    boolean urlRefused() {
        return !worthRetrying() && (status == 400 || status == 401 || status == 403 || status == 404 || status == 410);
    }

    /** {@code HTTP 403, AccessDenied: "Request has expired"}, safe to put in a sentence. */
    String describe() {
        StringBuilder s = new StringBuilder("HTTP ").append(status);
        if (code != null) {
            s.append(", ").append(BodyDescription.quote(code));
        }
        if (message != null) {
            s.append(code != null ? ": " : ", ").append('"').append(BodyDescription.quote(message)).append('"');
        }
        return s.toString();
    }
}
