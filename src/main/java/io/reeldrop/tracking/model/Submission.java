package io.reeldrop.tracking.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What a person asked to upload. Exactly one of {@code videoUrl} and {@code videoFile} is set.
 * The URL is kept as typed: the engine validates it and reports a problem per line rather
 * than failing the whole batch.
 *
 * @param flow which upload flow carries it; only {@link UploadFlow#TASKS} exists today, the
 *     field is here so the v1.3 assets flow can join without reshaping the engine
 * @param language null or empty sends nothing; v1.2 sends it as {@code language}, v1.3 inside
 *     {@code user_metadata}
 * @param userMetadataJson a JSON object as text, or null
 */
public record Submission(
        UploadFlow flow,
        String indexId,
        String language,
        String videoUrl,
        Path videoFile,
        String userMetadataJson) {

    public Submission {
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(indexId, "indexId");
        if ((videoUrl == null) == (videoFile == null)) {
            throw new IllegalArgumentException("A submission has either a video URL or a video file.");
        }
    }

    public static Submission ofUrl(String indexId, String language, String videoUrl) {
        return new Submission(UploadFlow.TASKS, indexId, language, videoUrl, null, null);
    }

    public static Submission ofFile(String indexId, String language, Path videoFile) {
        return new Submission(UploadFlow.TASKS, indexId, language, null, videoFile, null);
    }

    /** What to show for the video before the API names it: the URL or the file name. */
    public String displayName() {
        return videoUrl != null ? videoUrl : videoFile.getFileName().toString();
    }
}
