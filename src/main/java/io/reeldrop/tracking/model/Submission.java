package io.reeldrop.tracking.model;

import io.reeldrop.media.VideoNames;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What a person asked to upload. Exactly one of {@code videoUrl} and {@code videoFile} is set.
 * The URL is kept as typed: the engine validates it and reports a problem per line rather
 * than failing the whole batch.
 *
 * @param flow which API flow carries it: {@link UploadFlow#TASKS} ({@code POST /tasks}), or on
 *     v1.3 {@link UploadFlow#ASSETS} (an asset, then an indexed asset)
 * @param language null or empty sends nothing; v1.2 sends it as {@code language}, v1.3 inside
 *     {@code user_metadata}
 * @param userMetadataJson a JSON object as text, or null
 * @param enableVideoStream keep the video for streaming (HLS); null leaves the API's default
 */
public record Submission(
        UploadFlow flow,
        String indexId,
        String language,
        String videoUrl,
        Path videoFile,
        String userMetadataJson,
        Boolean enableVideoStream) {

    public Submission {
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(indexId, "indexId");
        if ((videoUrl == null) == (videoFile == null)) {
            throw new IllegalArgumentException("A submission has either a video URL or a video file.");
        }
    }

    /** A URL for {@code POST /tasks}, the flow both versions know. */
    public static Submission ofUrl(String indexId, String language, String videoUrl) {
        return new Submission(UploadFlow.TASKS, indexId, language, videoUrl, null, null, null);
    }

    /** A file for {@code POST /tasks}, the flow both versions know. */
    public static Submission ofFile(String indexId, String language, Path videoFile) {
        return new Submission(UploadFlow.TASKS, indexId, language, null, videoFile, null, null);
    }

    public Submission withFlow(UploadFlow f) {
        return new Submission(f, indexId, language, videoUrl, videoFile, userMetadataJson, enableVideoStream);
    }

    public Submission withUserMetadata(String json) {
        return new Submission(flow, indexId, language, videoUrl, videoFile, json, enableVideoStream);
    }

    public Submission withVideoStream(Boolean enable) {
        return new Submission(flow, indexId, language, videoUrl, videoFile, userMetadataJson, enable);
    }

    /** What to show for the video before the API names it: the URL or the file name. */
    public String displayName() {
        return videoUrl != null ? videoUrl : videoFile.getFileName().toString();
    }

    /**
     * The short name a list shows before the API names the video: the name the platform will
     * give it ({@link VideoNames#ofUrl}), or the file's name. A list's column is too narrow for
     * a whole link, and the link itself is one click away in the details.
     */
    public String shortName() {
        if (videoUrl == null) {
            return videoFile.getFileName().toString();
        }
        try {
            String name = VideoNames.ofUrl(new URI(videoUrl.strip()));
            return name == null || name.isBlank() ? videoUrl : name;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return videoUrl; // a link the intake would have refused: shown as written
        }
    }
}
