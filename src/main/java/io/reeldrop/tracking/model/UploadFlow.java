package io.reeldrop.tracking.model;

/** The API flow that turns a submission into something indexed. */
public enum UploadFlow {
    /** {@code POST /tasks}, then follow the task: v1.2, and v1.3's legacy way in. */
    TASKS,
    /**
     * v1.3's current way in: an asset ({@code POST /assets} from a URL or a file, or a multipart
     * upload for a big file), then {@code POST /indexes/{id}/indexed-assets}, then follow the
     * indexed asset.
     */
    ASSETS;

    /**
     * The flow a version takes by default: v1.3's current way in, the assets; v1.2 knows only
     * tasks. Named by the version's path segment ({@code v1.2}, {@code v1.3}), so this type
     * needs nothing of the API client.
     */
    public static UploadFlow defaultFor(String versionSegment) {
        return "v1.3".equals(versionSegment) ? ASSETS : TASKS;
    }
}
