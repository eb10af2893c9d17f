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
 * <p>Two accounts on one API URL (two keys for one host) are two profiles: the first keeps the bare
 * URL, and each other one the URL with {@code #name} ({@link #ofAccount}), so their tasks stay apart
 * in the one history file.
 *
 * @param id the normalised name: {@code sandbox}, or {@code scheme://host[:port]/path} without a
 *     default port, trailing slashes, user info or query, and with {@code #account} for a second
 *     account on the same URL
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
     * Another account on {@code apiUrl}: its URL's profile with {@code #account}, where
     * {@code account} is lower case letters, digits and dashes.
     *
     * @throws IllegalArgumentException when {@code account} is not so
     */
    public static Profile ofAccount(URI apiUrl, String account) {
        if (account == null || !account.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("An account tag is lower case letters, digits and dashes: " + account);
        }
        return new Profile(ofApiUrl(apiUrl).id + "#" + account);
    }

    /**
     * A profile as the history stored it. Older builds stored the base URL as typed, so URLs are
     * normalised here (an account tag after {@code #} is kept); a name that is not a URL is kept
     * as it is.
     */
    public static Profile parse(String stored) {
        if (stored == null || stored.isBlank()) {
            return SANDBOX;
        }
        String s = stored.strip();
        if (s.equals(SANDBOX.id)) {
            return SANDBOX;
        }
        int hash = s.indexOf('#');
        try {
            if (hash > 0 && hash < s.length() - 1) {
                return ofAccount(URI.create(s.substring(0, hash)), s.substring(hash + 1));
            }
            return ofApiUrl(URI.create(s));
        } catch (IllegalArgumentException notAUrl) {
            return new Profile(s);
        }
    }

    public boolean isSandbox() {
        return equals(SANDBOX);
    }

    /** The API base URL (without an account tag); empty for the sandbox and other named profiles. */
    public Optional<URI> apiUrl() {
        if (!id.contains("://")) {
            return Optional.empty();
        }
        int hash = id.indexOf('#');
        return Optional.of(URI.create(hash < 0 ? id : id.substring(0, hash)));
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
