package io.reeldrop.ui.form;

import io.reeldrop.tracking.SubmissionRules;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits the URL box into lines and checks each before anything is sent, so a typo is flagged
 * next to its line at once. The engine checks again; this is only the first, local look.
 */
public final class UrlLines {

    /** @param number 1-based line number in the box, as the person sees it */
    public record Line(int number, String text) {
    }

    private UrlLines() {
    }

    /** Every non-blank line that is not a {@code #} comment, trimmed. */
    public static List<Line> parse(String text) {
        List<Line> lines = new ArrayList<>();
        if (text == null) {
            return lines;
        }
        String[] raw = text.split("\\R", -1);
        for (int i = 0; i < raw.length; i++) {
            String s = raw[i].strip();
            if (!s.isEmpty() && !s.startsWith("#")) {
                lines.add(new Line(i + 1, s));
            }
        }
        return lines;
    }

    /** A sentence saying what is wrong with {@code url}, or null when it may be sent. */
    public static String problem(String url) {
        if (url.length() > SubmissionRules.MAX_URL_LENGTH) {
            return "it is " + url.length() + " characters long, more than the " + SubmissionRules.MAX_URL_LENGTH
                    + " a link may have; check that one link was pasted, not a whole page.";
        }
        if (url.chars().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
            return "it holds a control or invisible character; copy the link again, or type it.";
        }
        if (url.chars().anyMatch(Character::isWhitespace)) {
            return "it contains spaces; put one link per line.";
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return "it is not a valid web address; copy the link again from the browser.";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.isEmpty()) {
            return "it is not a full link; it should start with https://.";
        }
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "only http and https links can be sent (this one is " + scheme + ":). "
                    + "For a file on this computer use \"Add files...\".";
        }
        String host = SubmissionRules.hostOf(uri);
        if (host == null || host.isBlank()) {
            return "the link has no host name; copy it again from the browser.";
        }
        if (SubmissionRules.isVideoPage(host)) {
            return "this is a video page, not a video file; the API needs a direct link to the file (e.g. ending in .mp4).";
        }
        return null;
    }
}
