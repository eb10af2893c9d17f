package io.reeldrop.preflight;

import io.reeldrop.media.MediaProber;
import io.reeldrop.media.UnreadableMediaException;
import io.reeldrop.media.VideoInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The pre-flight of a local file: size first (no FFmpeg needed), then a probe, then the rules. */
final class FileCheck {

    private final MediaProber prober;

    FileCheck(MediaProber prober) {
        this.prober = prober;
    }

    Verdict check(Path file, Limits limits) {
        if (!Files.isRegularFile(file)) {
            return Verdict.of(Reason.NOT_A_FILE, file + " does not exist or is not a file. Check the path.", Found.NOTHING);
        }
        String name = file.getFileName().toString();
        if (!Files.isReadable(file)) {
            return Verdict.of(Reason.FILE_UNREADABLE, name + " cannot be read (permission denied). Check its permissions.",
                    Found.NOTHING);
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            return Verdict.of(Reason.FILE_UNREADABLE, name + " cannot be read (" + e.getMessage()
                    + "). Check that the disk is there and the file is readable.", Found.NOTHING);
        }
        Found found = new Found(size, null, null, 0);
        if (size == 0) {
            return Sentences.empty(name, found);
        }
        if (size > limits.maxBytes()) {
            return Sentences.tooLarge(name, size, limits, found);
        }
        VideoInfo video;
        try {
            video = prober.probe(file);
        } catch (UnreadableMediaException e) {
            return Sentences.notAVideo(name, e, found);
        } catch (LinkageError | IllegalStateException e) {
            return Sentences.notProbed(name, e, found);
        }
        Found probed = found.withVideo(video);
        Verdict broken = VideoRules.judge(name, probed, limits);
        return broken != null ? broken : Sentences.withinLimits(name, probed, limits);
    }
}
