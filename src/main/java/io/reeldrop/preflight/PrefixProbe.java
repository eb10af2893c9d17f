package io.reeldrop.preflight;

import io.reeldrop.media.MediaProber;
import io.reeldrop.media.UnreadableMediaException;
import io.reeldrop.media.VideoInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * FFmpeg's look at a link's first bytes. The bytes go to a private temporary file (created
 * owner-only, deleted at once) that FFmpeg reads like any file: so FFmpeg never touches the
 * network here, and the check alone decides what is fetched, how much, from where and for how
 * long. The copy has no extension, so FFmpeg picks its demuxer from the bytes alone and not
 * from a name the link chose. What FFmpeg reports from a prefix is trusted only where the
 * container says it up front.
 */
final class PrefixProbe {

    /** The containers whose header states picture size and duration (FFmpeg's demuxer names). */
    private static final Set<String> HEADER_FIRST = Set.of("mov,mp4,m4a,3gp,3g2,mj2", "matroska,webm");

    private final MediaProber prober;

    PrefixProbe(MediaProber prober) {
        this.prober = prober;
    }

    /**
     * @throws UnreadableMediaException when FFmpeg finds no video in the bytes
     * @throws IllegalStateException when there is nowhere to put them, or FFmpeg did not load
     */
    VideoInfo probe(byte[] bytes) throws UnreadableMediaException {
        Path copy;
        try {
            copy = Files.createTempFile("reeldrop-preflight-", ".part");
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
}
