package io.reeldrop.api;

import java.util.List;

/**
 * Hooks for a caller of {@link MultipartUploader} that keeps its own record of an upload, to
 * resume it after a crash without sending again what the store already took, or that may stop
 * it (a person pausing). Called from the uploader's threads; implementations are thread-safe.
 */
public interface UploadListener {

    /** Listens to nothing and never stops. */
    UploadListener NONE = new UploadListener() { };

    /**
     * Asked before each chunk PUT starts. False ends the upload once the chunks already under way
     * are stored and reported; nothing in flight is thrown away.
     */
    default boolean keepGoing() {
        return true;
    }

    /** The object store took a chunk: its ETag is the proof a later report needs. */
    default void stored(CompletedChunk chunk) {
    }

    /**
     * The API confirmed these chunks.
     *
     * @param completed the API's running count of completed chunks, or null when it did not say
     */
    default void reported(List<CompletedChunk> chunks, Integer completed) {
    }
}
