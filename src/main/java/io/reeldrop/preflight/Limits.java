package io.reeldrop.preflight;

import java.util.Objects;

/**
 * The documented limits a video must meet on one flow of one API version, all named here.
 * Where each number comes from (the vendor's OpenAPI files, {@code openapi-1.2.yaml} and
 * {@code openapi-1.3.yaml}, and the docs they link to):
 * <ul>
 *   <li>{@link #TASK_MAX_BYTES}: {@code POST /tasks}, "files up to 2 GB" (v1.3 spec; v1.2 docs).</li>
 *   <li>{@link #DIRECT_MAX_BYTES}: {@code POST /assets} {@code method=direct}, "limited to 200MB".</li>
 *   <li>{@link #URL_MAX_BYTES}: {@code POST /assets} {@code method=url}, "a maximum limit of 4GB".</li>
 *   <li>{@link #MULTIPART_MAX_BYTES}: {@code POST /assets/multipart-uploads}, "4GB maximum";
 *       the schema's {@code total_size} has {@code maximum: 4294967296}, which also says what
 *       "GB" means there.</li>
 *   <li>Picture and duration: v1.3 360x360 to 3840x2160, aspect ratio between 1:2.4 and 2.4:1,
 *       4 s to 2 h; v1.2 360p to 4K, 4 s to 2 h. Sizes are compared on the display size,
 *       orientation-free (a portrait 1080x1920 is within 3840x2160).</li>
 * </ul>
 * "GB" is read as 2^30 bytes, as the multipart schema shows and the sandbox does; "200MB" as
 * 200,000,000 bytes, the stricter reading and the sandbox's.
 *
 * @param release whose video requirements apply
 * @param flow whose size limit applies
 * @param maxBytes the largest file the flow takes
 * @param minShortSide the shorter display side must be at least this
 * @param maxLongSide the longer display side must be at most this
 * @param maxShortSide the shorter display side must be at most this
 * @param maxAspectRatio longer side over shorter side at most this; infinite when there is no rule
 * @param minSeconds shortest duration
 * @param maxSeconds longest duration
 */
public record Limits(ApiRelease release, Flow flow, long maxBytes, int minShortSide, int maxLongSide, int maxShortSide,
                     double maxAspectRatio, double minSeconds, double maxSeconds) {

    public static final long GIGABYTE = 1024L * 1024 * 1024;
    public static final long TASK_MAX_BYTES = 2 * GIGABYTE;
    public static final long DIRECT_MAX_BYTES = 200_000_000L;
    public static final long URL_MAX_BYTES = 4 * GIGABYTE;
    public static final long MULTIPART_MAX_BYTES = 4 * GIGABYTE;
    public static final int MIN_SHORT_SIDE = 360;
    public static final int MAX_SHORT_SIDE = 2160;
    public static final double V1_3_MAX_ASPECT_RATIO = 2.4;
    public static final double MIN_SECONDS = 4;
    public static final double MAX_SECONDS = 2 * 60 * 60;

    public Limits {
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(flow, "flow");
        if (maxBytes < 1 || minShortSide < 1 || maxLongSide < minShortSide || maxShortSide < minShortSide
                || !(maxAspectRatio >= 1) || !(minSeconds >= 0) || !(maxSeconds >= minSeconds)) {
            throw new IllegalArgumentException("inconsistent limits");
        }
    }

    /**
     * The documented limits of {@code flow} on {@code release}.
     *
     * @throws IllegalArgumentException for an assets flow on v1.2, which has none
     */
    public static Limits forFlow(ApiRelease release, Flow flow) {
        if (!flow.availableOn(release)) {
            throw new IllegalArgumentException(flow + " is a v1.3 flow; " + release.label() + " has only tasks.");
        }
        long maxBytes = switch (flow) {
            case TASK -> TASK_MAX_BYTES;
            case ASSET_DIRECT -> DIRECT_MAX_BYTES;
            case ASSET_URL -> URL_MAX_BYTES;
            case ASSET_MULTIPART -> MULTIPART_MAX_BYTES;
        };
        double aspect = release == ApiRelease.V1_3 ? V1_3_MAX_ASPECT_RATIO : Double.POSITIVE_INFINITY;
        return new Limits(release, flow, maxBytes, MIN_SHORT_SIDE, release.maxLongSide(), MAX_SHORT_SIDE, aspect,
                MIN_SECONDS, MAX_SECONDS);
    }

    /** The assets flow for a local file of this size: direct up to 200 MB, multipart above. */
    public static Flow assetFlowForFile(long sizeBytes) {
        return sizeBytes <= DIRECT_MAX_BYTES ? Flow.ASSET_DIRECT : Flow.ASSET_MULTIPART;
    }

    /** The same limits with another size limit; for tests that cannot make gigabytes. */
    public Limits withMaxBytes(long bytes) {
        return new Limits(release, flow, bytes, minShortSide, maxLongSide, maxShortSide, maxAspectRatio, minSeconds,
                maxSeconds);
    }
}
