package io.reeldrop.preflight;

import io.reeldrop.media.MediaProber;
import io.reeldrop.media.UnreadableMediaException;
import io.reeldrop.media.VideoInfo;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * FFmpeg's look at a link's first bytes. The bytes go to a private temporary file (created
 * owner-only, deleted at once) that FFmpeg reads like any file: so FFmpeg never touches the
 * network here, and the check alone decides what is fetched, how much, from where and for how
 * long. What FFmpeg reports from a prefix is trusted only where the container says it up front.
 */
final class PrefixProbe {

    /** The containers whose header states picture size and duration (FFmpeg's demuxer names). */
    private static final Set<String> HEADER_FIRST = Set.of("mov,mp4,m4a,3gp,3g2,mj2", "matroska,webm");
    private static final Pattern EXTENSION = Pattern.compile("\\.[A-Za-z0-9]{1,5}$");

    private final MediaProber prober;

    PrefixProbe(MediaProber prober) {
        this.prober = prober;
    }

    /**
     * @throws UnreadableMediaException when FFmpeg finds no video in the bytes
     * @throws IllegalStateException when there is nowhere to put them, or FFmpeg did not load
     */
    VideoInfo probe(byte[] bytes, URI url) throws UnreadableMediaException {
        Path copy;
        try {
            copy = Files.createTempFile("reeldrop-preflight-", suffix(url));
        } catch (IOException e) {
            throw new IllegalStateException("no temporary file could be made: " + e.getMessage(), e);
        }
        try {
            Files.write(copy, bytes);
            return prober.probe(copy);
        } catch (IOException e) {
            throw new IllegalStateException("the temporary file could not be written: " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(copy);
            } catch (IOException ignored) {
                // the temporary folder's own clean-up takes it
            }
        }
    }

    static boolean statesHeaderUpFront(String container) {
        return HEADER_FIRST.contains(container);
    }

    /** The link's extension (FFmpeg weighs it a little when it guesses the format), else none. */
    private static String suffix(URI url) {
        String path = url.getPath() == null ? "" : url.getPath();
        Matcher matcher = EXTENSION.matcher(path);
        return matcher.find() ? matcher.group() : ".part";
    }
}
