package io.reeldrop.preflight;

import io.reeldrop.media.VideoInfo;
import java.util.Locale;

/**
 * The documented picture and duration requirements, checked on what FFmpeg found. Written from
 * the documentation, not shared with the sandbox's copy: a misreading in one must not hide the
 * same misreading in the other (a test runs both over the same videos). The checks run in the
 * order the service reports them: resolution, aspect ratio, duration.
 */
public final class VideoRules {

    private VideoRules() {
    }

    /** The first requirement {@code video} breaks under {@code limits}, or {@link Reason#WITHIN_LIMITS}. */
    public static Reason firstBroken(VideoInfo video, Limits limits) {
        int shortSide = Math.min(video.width(), video.height());
        int longSide = Math.max(video.width(), video.height());
        if (shortSide < limits.minShortSide()) {
            return Reason.RESOLUTION_TOO_LOW;
        }
        if (longSide > limits.maxLongSide() || shortSide > limits.maxShortSide()) {
            return Reason.RESOLUTION_TOO_HIGH;
        }
        if ((double) longSide / shortSide > limits.maxAspectRatio()) {
            return Reason.ASPECT_RATIO;
        }
        if (video.durationSeconds() < limits.minSeconds()) {
            return Reason.TOO_SHORT;
        }
        if (video.durationSeconds() > limits.maxSeconds()) {
            return Reason.TOO_LONG;
        }
        return Reason.WITHIN_LIMITS;
    }

    /** The refusal of {@code name} for a broken requirement, or null when none is broken. */
    static Verdict judge(String name, Found found, Limits limits) {
        VideoInfo video = found.video();
        Reason broken = firstBroken(video, limits);
        String size = video.width() + "x" + video.height();
        ApiRelease release = limits.release();
        String sentence = switch (broken) {
            case RESOLUTION_TOO_LOW -> name + " is " + size + "; the minimum is " + release.minimumSize()
                    + ". Upload a version at 360p or larger.";
            case RESOLUTION_TOO_HIGH -> name + " is " + size + "; the maximum is " + release.maximumSize()
                    + ". Upload a downscaled version.";
            case ASPECT_RATIO -> String.format(Locale.ROOT, "%s is %s, an aspect ratio of %.2f:1, wider than 2.4:1."
                    + " Crop or pad it to between 1:2.4 and 2.4:1.", name, size,
                    (double) Math.max(video.width(), video.height()) / Math.min(video.width(), video.height()));
            case TOO_SHORT -> name + " lasts " + Wording.seconds(video.durationSeconds())
                    + "; the minimum is " + Wording.duration(limits.minSeconds()) + ". Upload a longer video.";
            case TOO_LONG -> name + " lasts " + Wording.seconds(video.durationSeconds())
                    + "; the maximum is " + Wording.duration(limits.maxSeconds()) + ". Split it into shorter parts.";
            default -> null;
        };
        return sentence == null ? null : Verdict.of(broken, sentence, found);
    }
}
