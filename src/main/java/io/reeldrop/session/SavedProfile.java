package io.reeldrop.session;

import io.reeldrop.api.ApiVersion;
import io.reeldrop.tracking.Profile;
import java.net.URI;
import java.util.Objects;

/**
 * A profile a person can switch to: the local sandbox (always there) or a saved account.
 *
 * @param name what the person called it; unique, whatever the case
 * @param apiUrl where its requests go; null for the sandbox
 * @param profile the id its tasks are filed under in the history: the API URL for the first
 *     account on a URL, the URL with {@code #name} for another one (two keys for one host)
 */
public record SavedProfile(String name, URI apiUrl, Profile profile) {

    /** The sandbox's name in menus and lists; no account may take it. */
    public static final String SANDBOX_NAME = "Local sandbox";
    public static final SavedProfile SANDBOX = new SavedProfile(SANDBOX_NAME, null, Profile.SANDBOX);

    public SavedProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(profile, "profile");
    }

    public boolean isSandbox() {
        return apiUrl == null;
    }

    /** "Work: api.twelvelabs.io, API v1.3", or the sandbox's name: for menus and lists. */
    public String describe() {
        if (isSandbox()) {
            return name;
        }
        return name + ": " + apiUrl.getHost() + (apiUrl.getPort() == -1 ? "" : ":" + apiUrl.getPort())
                + ", API " + ApiVersion.fromBaseUrl(apiUrl).pathSegment();
    }
}
