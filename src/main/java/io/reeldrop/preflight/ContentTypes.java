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
    private static final Set<String> PLAYLISTS = Set.of("application/vnd.apple.mpegurl", "application/x-mpegurl",
            "audio/mpegurl", "audio/x-mpegurl");
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

    static boolean isPlaylist(String type) {
        return type != null && PLAYLISTS.contains(type);
    }

    /** Whether the first bytes are an HLS playlist ({@code #EXTM3U}), whatever the server called them. */
    static boolean looksLikePlaylist(byte[] prefix) {
        return start(prefix).startsWith("#extm3u");
    }

    /** Whether the first bytes are an HTML document, whatever the server called them. */
    static boolean looksLikeHtml(byte[] prefix) {
        String start = start(prefix);
        return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<head");
    }

    /** The first bytes as lower-case text, without a UTF-8 byte order mark or leading white space. */
    private static String start(byte[] prefix) {
        String start = new String(prefix, 0, Math.min(prefix.length, 512), StandardCharsets.ISO_8859_1);
        if (start.startsWith("\u00ef\u00bb\u00bf")) {
            start = start.substring(3);
        }
        return start.stripLeading().toLowerCase(Locale.ROOT);
    }
}
