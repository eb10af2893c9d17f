package io.reeldrop.api;

import java.net.URI;
import java.util.Locale;

/** The API versions ReelDrop speaks; read from the last path segment of the base URL. */
public enum ApiVersion {
    V1_2("v1.2"),
    V1_3("v1.3");

    private final String pathSegment;

    ApiVersion(String pathSegment) {
        this.pathSegment = pathSegment;
    }

    public String pathSegment() {
        return pathSegment;
    }

    /** v1.2 takes a {@code language} form field on task creation; v1.3 dropped it. */
    public boolean takesLanguage() {
        return this == V1_2;
    }

    /**
     * The version named by a base URL such as {@code https://api.twelvelabs.io/v1.3}.
     *
     * @throws IllegalArgumentException with a sentence for a person when the path names no
     *     supported version
     */
    public static ApiVersion fromBaseUrl(URI baseUrl) {
        String path = baseUrl.getPath() == null ? "" : baseUrl.getPath().toLowerCase(Locale.ROOT);
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        for (ApiVersion v : values()) {
            if (path.endsWith("/" + v.pathSegment)) {
                return v;
            }
        }
        throw new IllegalArgumentException("The API URL " + baseUrl
                + " does not end in /v1.2 or /v1.3; ReelDrop supports those two versions.");
    }
}
