package io.reeldrop.folderwatch;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Which files in a watched folder are videos to send: a video extension, and not a file a program
 * is still writing under a temporary name (browsers, rsync and editors write {@code .part},
 * {@code .crdownload}, {@code ~$name} or a hidden dot-name, then rename).
 */
public final class VideoFiles {

    private static final Set<String> VIDEO_EXTENSIONS = Set.of("mp4", "m4v", "mov", "mkv", "webm", "avi", "wmv",
            "flv", "mpg", "mpeg", "3gp", "ts", "mts", "m2ts", "ogv");

    private VideoFiles() {
    }

    public static boolean isVideo(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return false;
        }
        String n = name.toString();
        return !n.startsWith(".") && !n.startsWith("~") && hasVideoExtension(n);
    }

    /** Whether a file name (or a URL's last path segment) ends in a video extension. */
    public static boolean hasVideoExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && VIDEO_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
