package io.reeldrop.ui.links;

import io.reeldrop.folderwatch.VideoFiles;
import io.reeldrop.ui.form.UrlLines;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds direct links to video files in any text: plain text, a page's HTML, a list in a chat. A
 * link counts when it is http(s), its path ends in a video extension, and the form would accept
 * it (a video page such as YouTube's is not a file the API can fetch).
 */
public final class VideoLinks {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s\"'<>`]+", Pattern.CASE_INSENSITIVE);
    private static final String TRAILING = ".,;:!?)]}*";

    private VideoLinks() {
    }

    /** The video links in {@code texts}, each once, in the order they first appear. */
    public static List<String> in(String... texts) {
        Set<String> found = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null || text.isEmpty()) {
                continue;
            }
            Matcher m = LINK.matcher(text);
            while (m.find()) {
                String link = trim(m.group().replace("&amp;", "&"));
                if (isVideoLink(link)) {
                    found.add(link);
                }
            }
        }
        return new ArrayList<>(found);
    }

    private static String trim(String link) {
        int end = link.length();
        while (end > 0 && TRAILING.indexOf(link.charAt(end - 1)) >= 0) {
            end--;
        }
        return link.substring(0, end);
    }

    static boolean isVideoLink(String link) {
        if (UrlLines.problem(link) != null) {
            return false;
        }
        try {
            String path = new URI(link).getPath();
            return path != null && VideoFiles.hasVideoExtension(path.substring(path.lastIndexOf('/') + 1));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
