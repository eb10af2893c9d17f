package io.reeldrop.api;

/**
 * What the API says about the video: {@code metadata} in v1.2, {@code system_metadata} in
 * v1.3. Every field may be absent (null) while the task is still validating.
 *
 * @param duration seconds, fractional
 */
public record VideoMetadata(Double duration, String filename, Integer width, Integer height) {

    public static final VideoMetadata EMPTY = new VideoMetadata(null, null, null, null);
}
