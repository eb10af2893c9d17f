package io.reeldrop.preflight;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * What a server's content type (and, when it says nothing useful, the first bytes) tell about
 * a link before FFmpeg looks: a web page or a document is definitely not a video; a video type,
 * a generic binary type or none at all leaves the question to the probe.
 */
final class ContentTypes {

    private static final Set<String> PAGES = Set.of("text/html", "application/xhtml+xml");
    private static final Set<String> DOCUMENTS = Set.of("application/json", "application/xml", "application/pdf",
            "application/javascript", "application/zip", "application/gzip");

    private ContentTypes() {
    }

    static boolean isWebPage(String type) {
        return type != null && PAGES.contains(type);
    }

    /** Types no video is served as: text, images, documents. Audio is left to the probe. */
    static boolean isNotVideo(String type) {
        if (type == null) {
            return false;
        }
        return type.startsWith("text/") || type.startsWith("image/") || type.startsWith("font/")
                || DOCUMENTS.contains(type) || type.endsWith("+json") || type.endsWith("+xml");
    }

    /** Whether the first bytes are an HTML document, whatever the server called them. */
    static boolean looksLikeHtml(byte[] prefix) {
        int length = Math.min(prefix.length, 512);
        String start = new String(prefix, 0, length, StandardCharsets.ISO_8859_1);
        if (start.startsWith("\u00ef\u00bb\u00bf")) {
            start = start.substring(3); // UTF-8 byte order mark
        }
        start = start.stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<head");
    }
}
