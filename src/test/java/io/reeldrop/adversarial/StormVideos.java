package io.reeldrop.adversarial;

import io.reeldrop.tracking.VideoHost;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Videos whose URLs need encoding or are not ASCII, each with a token ({@code K001}) that its
 * name keeps whatever a server does to the rest, so tasks and history entries can be counted per
 * video. Spellings a person may type for the same video are produced too: the scheme in capitals
 * and the escapes in lower case mean the same URL.
 */
final class StormVideos {

    /** Path segments ({@code %s} is the token) that broke the naming rule before it was one rule. */
    private static final String[] ENCODED = {
        "clip+1-%s", "a%%2Fb-%s", "vid%%C3%%A9o-%s", "two%%20words-%s", "%%E2%%9C%%93-%s", "clip%%2B1-%s",
        "100%%25-%s", "%s-%%F0%%9F%%8E%%AC", "vide%%CC%%81o-%s"};
    /** The same kinds of names typed as they read, for a child that receives arguments as UTF-8. */
    private static final String[] RAW = {"vidéo-%s", "日本語-%s", "vide\u0301o-%s", "🎬-%s", "ünïcødé+%s"};
    /** Query strings without a fragment: signed-URL style, with their own escapes. */
    private static final String[] QUERIES = {"", "", "", "?sig=a%2Bb%3D&exp=1", "?name=x+y&v=%C3%A9"};
    private static final Pattern ESCAPE = Pattern.compile("%[0-9A-F]{2}");
    private static final Pattern TOKEN = Pattern.compile("K\\d{3}");

    /** One video: its token and the URL first used for it. */
    record Video(String token, String url) {

        /** The same URL as another person would type it. */
        String otherSpelling() {
            Matcher m = ESCAPE.matcher(url.replaceFirst("^http://", "HTTP://"));
            StringBuilder lower = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(lower, m.group().toLowerCase(Locale.ROOT));
            }
            return m.appendTail(lower).toString();
        }
    }

    private final VideoHost host;
    private final boolean rawNonAscii;
    private final List<Video> all = new ArrayList<>();

    StormVideos(VideoHost host, boolean rawNonAscii) {
        this.host = host;
        this.rawNonAscii = rawNonAscii;
    }

    Video next(Random random) {
        String token = String.format("K%03d", all.size() + 1);
        String[] names = rawNonAscii && random.nextInt(3) == 0 ? RAW : ENCODED;
        String segment = String.format(names[random.nextInt(names.length)], token);
        Video v = new Video(token, host.url(segment) + QUERIES[random.nextInt(QUERIES.length)]);
        all.add(v);
        return v;
    }

    /** A video submitted before, as a rerun of an earlier command would send it. */
    Video earlier(Random random) {
        return all.get(random.nextInt(all.size()));
    }

    boolean any() {
        return !all.isEmpty();
    }

    List<Video> all() {
        return List.copyOf(all);
    }

    /** The token of the video a name or URL belongs to, or null. */
    static String tokenIn(String text) {
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        return m.find() ? m.group() : null;
    }
}
