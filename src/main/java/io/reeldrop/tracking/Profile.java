package io.reeldrop.tracking;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Which API a task lives on: the built-in sandbox, or an API base URL. The one name for it in the
 * history, the keychain and both front ends, normalised so that one API written two ways is one
 * profile: {@code HTTPS://Api.Example.com:443/v1.3/} and {@code https://api.example.com/v1.3} are
 * the same. Otherwise a trailing slash would split one account's tasks in two, and a video sent
 * under one spelling would not be found as a duplicate under the other.
 *
 * @param id the normalised name: {@code sandbox}, or {@code scheme://host[:port]/path} without a
 *     default port, trailing slashes, user info, query or fragment
 */
public record Profile(String id) {

    /** The built-in sandbox, whose port changes on every start. */
    public static final Profile SANDBOX = new Profile("sandbox");

    public Profile {
        Objects.requireNonNull(id, "id");
    }

    /**
     * The profile of an API base URL.
     *
     * @throws IllegalArgumentException with a sentence for a person when it is not an http(s) URL
     */
    public static Profile ofApiUrl(URI apiUrl) {
        String scheme = apiUrl.getScheme() == null ? "" : apiUrl.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || apiUrl.getHost() == null) {
            throw new IllegalArgumentException("The API URL " + apiUrl + " is not a web address; give it as"
                    + " https://host/v1.3.");
        }
        String path = apiUrl.getPath() == null ? "" : apiUrl.getPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return new Profile(origin(scheme, apiUrl.getHost(), apiUrl.getPort()) + path);
    }

    /**
     * A profile as the history stored it. Older builds stored the base URL as typed, so URLs are
     * normalised here; a name that is not a URL is kept as it is.
     */
    public static Profile parse(String stored) {
        if (stored == null || stored.isBlank()) {
            return SANDBOX;
        }
        String s = stored.strip();
        if (s.equals(SANDBOX.id)) {
            return SANDBOX;
        }
        try {
            return ofApiUrl(URI.create(s));
        } catch (IllegalArgumentException notAUrl) {
            return new Profile(s);
        }
    }

    public boolean isSandbox() {
        return equals(SANDBOX);
    }

    /** The API base URL; empty for the sandbox and other named profiles. */
    public Optional<URI> apiUrl() {
        return id.contains("://") ? Optional.of(URI.create(id)) : Optional.empty();
    }

    /**
     * {@code scheme://host[:port]}: the name a key is kept under. A key belongs to an origin, so
     * v1.2 and v1.3 of one account share it, and it is never sent to another host.
     */
    public String origin() {
        return apiUrl().map(u -> origin(u.getScheme(), u.getHost(), u.getPort())).orElse(id);
    }

    /** ETA ratios are learned per API host: the host of a URL profile, else the profile name. */
    public String etaHost() {
        return apiUrl().map(URI::getHost).orElse(id);
    }

    private static String origin(String scheme, String host, int port) {
        String s = scheme.toLowerCase(Locale.ROOT);
        boolean defaultPort = port == -1 || (s.equals("https") && port == 443) || (s.equals("http") && port == 80);
        return s + "://" + host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    @Override
    public String toString() {
        return id;
    }
}
