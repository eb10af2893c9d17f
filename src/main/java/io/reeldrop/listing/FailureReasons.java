package io.reeldrop.listing;

import io.reeldrop.api.TaskStatus;
import io.reeldrop.tracking.model.SubmissionState;
import io.reeldrop.tracking.TrackedTask;
import java.util.Map;

/** Says in plain words why a task failed, from the API's error code when it sent one. */
public final class FailureReasons {

    private static final Map<String, String> BY_CODE = Map.ofEntries(
            Map.entry("video_resolution_too_low",
                    "The video's resolution is too low: the API needs at least 360x360. Upload a larger version."),
            Map.entry("video_resolution_too_high",
                    "The video's resolution is too high: the API takes at most 3840x2160 (4K). Scale it down."),
            Map.entry("video_resolution_invalid_aspect_ratio",
                    "The video's aspect ratio is not accepted (1:1, 4:3, 4:5, 5:4, 16:9, 9:16 or 17:9)."),
            Map.entry("video_duration_too_short", "The video is too short: it must last at least 4 seconds."),
            Map.entry("video_duration_too_long", "The video is too long: it may last at most 2 hours."),
            Map.entry("video_file_broken", "The video file could not be read: it may be damaged or not a video."),
            Map.entry("video_filesize_too_large", "The video file is larger than the 2 GB the API takes."),
            Map.entry("usage_limit_exceeded", "The account's usage limit is reached; wait for it to reset or upgrade the plan."));

    private FailureReasons() {
    }

    /** A sentence, or null when the task has not failed. */
    public static String describe(TrackedTask t) {
        if (t.state() == SubmissionState.NEEDS_DECISION) {
            return t.note();
        }
        if (t.state() == SubmissionState.NOT_SENT) {
            return t.note() != null ? t.note() : "The video was not sent. Retry it, or fix the URL and submit it again.";
        }
        if (t.task() == null || !t.task().status().equals(TaskStatus.FAILED)) {
            return null;
        }
        String reason = t.task().errorReason();
        if (reason == null || reason.isBlank()) {
            return t.note() != null ? t.note()
                    : "The API marked the task failed without saying why. Check the video plays, then retry.";
        }
        String known = BY_CODE.get(reason.strip());
        return known != null ? known : reason.strip();
    }
}
