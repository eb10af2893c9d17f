package io.reeldrop.api;

import java.time.Instant;
import java.util.List;

/** The streaming copy of the video, present when streaming is enabled. Fields may be null. */
public record Hls(String videoUrl, List<String> thumbnailUrls, String status, Instant updatedAt) {

    public Hls {
        thumbnailUrls = thumbnailUrls == null ? List.of() : List.copyOf(thumbnailUrls);
    }
}
