package io.reeldrop.preflight;

import java.util.Locale;

/**
 * The API version whose documented video requirements apply. Its own type, not the client's:
 * this layer knows nothing of the API client, so the engine maps its version to this one.
 */
public enum ApiRelease {
    /** 360p to 4K: short side 360 to 2160, long side at most 4096; no aspect-ratio rule. */
    V1_2("v1.2", 4096, "360p", "4K (4096x2160)"),
    /** 360x360 to 3840x2160, aspect ratio between 1:2.4 and 2.4:1. */
    V1_3("v1.3", 3840, "360x360", "3840x2160");

    private final String label;
    private final int maxLongSide;
    private final String minimumSize;
    private final String maximumSize;

    ApiRelease(String label, int maxLongSide, String minimumSize, String maximumSize) {
        this.label = label;
        this.maxLongSide = maxLongSide;
        this.minimumSize = minimumSize;
        this.maximumSize = maximumSize;
    }

    /** "v1.2" or "v1.3", as in the base URL's last path segment. */
    public String label() {
        return label;
    }

    int maxLongSide() {
        return maxLongSide;
    }

    /** The smallest picture as the documentation names it ("360x360", "360p"). */
    String minimumSize() {
        return minimumSize;
    }

    /** The largest picture as the documentation names it. */
    String maximumSize() {
        return maximumSize;
    }

    /**
     * The release named by "1.2", "v1.3" and the like (a base URL's last segment).
     *
     * @throws IllegalArgumentException for any other text
     */
    public static ApiRelease of(String version) {
        String plain = version == null ? "" : version.strip().toLowerCase(Locale.ROOT);
        for (ApiRelease release : values()) {
            if (plain.equals(release.label) || plain.equals(release.label.substring(1))) {
                return release;
            }
        }
        throw new IllegalArgumentException("API version " + version + " is not v1.2 or v1.3.");
    }
}
