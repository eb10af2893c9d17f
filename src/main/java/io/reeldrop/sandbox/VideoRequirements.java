package io.reeldrop.sandbox;

import io.reeldrop.media.VideoInfo;
import java.util.Locale;

/**
 * The documented video requirements, per API version. v1.3: 360x360 to 3840x2160, aspect ratio
 * between 1:2.4 and 2.4:1, 4 s to 2 h, at most 2 GB. v1.2: 360p to 4K (short side at least
 * 360, long side at most 4096, short side at most 2160), 4 s to 2 h, at most 2 GB. Sizes are
 * compared orientation-free, on the display size the prober reports.
 */
final class VideoRequirements {

    static final double MIN_SECONDS = 4;
    static final double MAX_SECONDS = 2 * 60 * 60;

    private VideoRequirements() {
    }

    static void check(String apiVersion, VideoInfo info) throws TaskFailure {
        check(apiVersion, info.width(), info.height(), info.durationSeconds());
    }

    /** The same checks on what an earlier probe found (an asset is probed once, indexed later). */
    static void check(String apiVersion, int width, int height, double durationSeconds) throws TaskFailure {
        int shortSide = Math.min(width, height);
        int longSide = Math.max(width, height);
        String size = width + "x" + height;
        boolean v13 = "1.3".equals(apiVersion);
        if (shortSide < 360) {
            throw new TaskFailure("video_resolution_too_low", "The video is " + size + "; the minimum is "
                    + (v13 ? "360x360" : "360p") + ". Upload a version at 360p or larger.");
        }
        int maxLong = v13 ? 3840 : 4096;
        if (longSide > maxLong || shortSide > 2160) {
            throw new TaskFailure("video_resolution_too_high", "The video is " + size + "; the maximum is "
                    + (v13 ? "3840x2160" : "4K (4096x2160)") + ". Upload a downscaled version.");
        }
        if (v13 && (double) longSide / shortSide > 2.4) {
            throw new TaskFailure("video_resolution_invalid_aspect_ratio", "The video is " + size
                    + ", an aspect ratio wider than 2.4:1. Crop or pad it to between 1:2.4 and 2.4:1.");
        }
        if (durationSeconds < MIN_SECONDS) {
            throw new TaskFailure("video_duration_too_short", String.format(Locale.ROOT,
                    "The video lasts %.2f s; the minimum is 4 s.", durationSeconds));
        }
        if (durationSeconds > MAX_SECONDS) {
            throw new TaskFailure("video_duration_too_long", String.format(Locale.ROOT,
                    "The video lasts %.0f s; the maximum is 2 hours (7200 s). Split it into shorter parts.", durationSeconds));
        }
    }
}
