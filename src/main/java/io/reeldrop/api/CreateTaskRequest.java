package io.reeldrop.api;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Inputs of {@code POST /tasks}. Exactly one of {@code videoUrl} and {@code videoFile} is set.
 *
 * @param language sent as the {@code language} field only when the API version takes one;
 *     null sends nothing
 * @param enableVideoStream null leaves the API default; sent as {@code enable_video_stream}
 *     (v1.3) or its negation {@code disable_video_stream} (v1.2)
 * @param userMetadataJson a JSON object as text, sent as {@code user_metadata} (v1.3); null
 *     sends nothing
 */
public record CreateTaskRequest(
        String indexId,
        URI videoUrl,
        Path videoFile,
        String language,
        Boolean enableVideoStream,
        String userMetadataJson) {

    public CreateTaskRequest {
        Objects.requireNonNull(indexId, "indexId");
        if ((videoUrl == null) == (videoFile == null)) {
            throw new IllegalArgumentException("Give either a video URL or a video file, not both or neither.");
        }
    }

    public static CreateTaskRequest fromUrl(String indexId, URI videoUrl) {
        return new CreateTaskRequest(indexId, videoUrl, null, null, null, null);
    }

    public static CreateTaskRequest fromFile(String indexId, Path videoFile) {
        return new CreateTaskRequest(indexId, null, videoFile, null, null, null);
    }

    public CreateTaskRequest withLanguage(String newLanguage) {
        return new CreateTaskRequest(indexId, videoUrl, videoFile, newLanguage, enableVideoStream, userMetadataJson);
    }

    public CreateTaskRequest withUserMetadata(String json) {
        return new CreateTaskRequest(indexId, videoUrl, videoFile, language, enableVideoStream, json);
    }

    public CreateTaskRequest withVideoStream(Boolean enable) {
        return new CreateTaskRequest(indexId, videoUrl, videoFile, language, enable, userMetadataJson);
    }
}
