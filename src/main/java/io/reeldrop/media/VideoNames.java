package io.reeldrop.media;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The file name a video at a URL goes by: the one rule the sandbox names its tasks by and the
 * engine expects when it looks for a task whose answer was lost. Kept in one place because two
 * spellings of it sent videos twice: {@code clip+1.mp4} (a {@code +} is a plus in a path, not a
 * space) and {@code a%2Fb.mp4} (split the raw path on {@code /} first, then decode).
 *
 * <p>The rule: the raw path's last segment, percent-decoded as UTF-8 (an escape that does not
 * decode stays as written), or the host when the path ends in {@code /}. The real service does
 * not document its naming, so {@link #sameName} also accepts the spellings another server may use.
 */
public final class VideoNames {

    private VideoNames() {
    }

    /** The name of the video at {@code url}; never null for an absolute URL. */
    public static String ofUrl(URI url) {
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.isEmpty() ? url.getHost() : percentDecode(last);
    }

    /**
     * Whether two names may be the same video's, allowing for how servers differ: a {@code +}
     * read as a space, escapes decoded or not, Unicode composed or not, letter case.
     */
    public static boolean sameName(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        return a.equals(b) || loose(a).equals(loose(b));
    }

    private static String loose(String name) {
        String decoded = percentDecode(name).replace('+', ' ').strip();
        return Normalizer.normalize(decoded, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** RFC 3986 decoding: {@code %XX} escapes only ({@code +} stays), UTF-8, malformed input kept as written. */
    static String percentDecode(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int run = 0;
        for (int i = 0; i < raw.length(); i++) {
            if (raw.charAt(i) == '%' && i + 2 < raw.length() && hex(raw.charAt(i + 1)) >= 0
                    && hex(raw.charAt(i + 2)) >= 0) {
                bytes.writeBytes(raw.substring(run, i).getBytes(StandardCharsets.UTF_8));
                bytes.write(hex(raw.charAt(i + 1)) * 16 + hex(raw.charAt(i + 2)));
                i += 2;
                run = i + 1;
            }
        }
        bytes.writeBytes(raw.substring(run).getBytes(StandardCharsets.UTF_8));
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return raw; // escapes of something that is not UTF-8: the name as written is the best we have
        }
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
