package io.reeldrop.preflight;

/**
 * The way a video reaches the service, which decides its size limit. The video requirements
 * (picture size, aspect ratio, duration) are the same for every flow of one API version.
 */
public enum Flow {
    /** {@code POST /tasks} with {@code video_file} or {@code video_url}: v1.2, and v1.3's legacy flow. */
    TASK("a task upload (POST /tasks)", false),
    /** {@code POST /assets} with {@code method=direct}: a local file in one request (v1.3). */
    ASSET_DIRECT("a direct asset upload", true),
    /** {@code POST /assets} with {@code method=url}: the service downloads the file (v1.3). */
    ASSET_URL("an asset made from a URL", true),
    /** {@code POST /assets/multipart-uploads}: a local file sent in chunks (v1.3). */
    ASSET_MULTIPART("a multipart asset upload", true);

    private final String description;
    private final boolean onlyV13;

    Flow(String description, boolean onlyV13) {
        this.description = description;
        this.onlyV13 = onlyV13;
    }

    /** How a sentence names the flow: "a direct asset upload". */
    public String description() {
        return description;
    }

    boolean availableOn(ApiRelease release) {
        return !onlyV13 || release == ApiRelease.V1_3;
    }
}
