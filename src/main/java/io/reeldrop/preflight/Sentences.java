package io.reeldrop.preflight;

import io.reeldrop.media.UnreadableMediaException;

/** The sentences a file and a link share. */
final class Sentences {

    private Sentences() {
    }

    static Verdict tooLarge(String name, long sizeBytes, Limits limits, Found found) {
        return Verdict.of(Reason.TOO_LARGE, name + " is " + Wording.exactSize(sizeBytes) + "; "
                + limits.flow().description() + " takes at most " + Wording.limit(limits.maxBytes()) + ". "
                + whatToDoWhenTooLarge(limits), found);
    }

    private static String whatToDoWhenTooLarge(Limits limits) {
        if (limits.flow() == Flow.ASSET_DIRECT) {
            return "Send it as a multipart upload, which takes up to " + Wording.limitName(Limits.MULTIPART_MAX_BYTES) + ".";
        }
        if (limits.flow() == Flow.TASK && limits.release() == ApiRelease.V1_3) {
            return "Use the assets flow, which takes up to " + Wording.limitName(Limits.MULTIPART_MAX_BYTES) + ", or compress the video or cut it into parts.";
        }
        return "Compress the video or cut it into parts.";
    }

    static Verdict empty(String name, Found found) {
        return Verdict.of(Reason.EMPTY, name + " is empty (0 bytes). Give the video file itself.", found);
    }

    /** FFmpeg read the whole file and it is not a video it can read. */
    static Verdict notAVideo(String name, UnreadableMediaException e, Found found) {
        String why = e.ffmpegError().isBlank() ? stripPeriod(e.getMessage()) : "FFmpeg: " + e.ffmpegError();
        return Verdict.of(Reason.NOT_A_VIDEO, name + " is not a video FFmpeg can read (" + why
                + "). Check that it is the video file itself, complete and undamaged.", found);
    }

    static Verdict notProbed(String name, Throwable e, Found found) {
        return Verdict.of(Reason.NOT_PROBED, name + " could not be probed because FFmpeg did not load on this machine ("
                + e.getMessage() + "); its picture and duration were not checked before sending.", found);
    }

    static Verdict withinLimits(String name, Found found, Limits limits) {
        return Verdict.of(Reason.WITHIN_LIMITS, name + " is " + found.describe() + ": within the limits of "
                + limits.flow().description() + " on " + limits.release().label() + ".", found);
    }

    private static String stripPeriod(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
