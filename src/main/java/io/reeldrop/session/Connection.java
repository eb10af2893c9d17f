package io.reeldrop.session;

import io.reeldrop.api.ApiVersion;
import io.reeldrop.tracking.Profile;
import java.net.URI;

/**
 * Where a session is connected, for the status bar, the form and the command line's notes.
 *
 * @param apiUrl the base URL requests go to (the sandbox's changes on every start)
 * @param preselectIndexId the index to choose on start (the sandbox's own index), or null
 * @param keySource where the key came from, for a person: "TWELVE_LABS_API_KEY", "the system
 *     keychain"; null for the sandbox
 */
public record Connection(Kind kind, Profile profile, URI apiUrl, ApiVersion version, String preselectIndexId,
                         String keySource) {

    public enum Kind {
        /** The in-process sandbox on 127.0.0.1: no account, nothing leaves the machine. */
        SANDBOX,
        /** A real Twelve Labs account (or any compatible server the person chose). */
        ACCOUNT
    }

    public static Connection sandbox(URI apiUrl, String indexId) {
        return new Connection(Kind.SANDBOX, Profile.SANDBOX, apiUrl, ApiVersion.fromBaseUrl(apiUrl), indexId, null);
    }

    /** The first account on {@code apiUrl}, whose tasks are filed under the URL itself. */
    public static Connection account(URI apiUrl, String keySource) {
        return account(apiUrl, Profile.ofApiUrl(apiUrl), keySource);
    }

    /** @param profile the id its tasks are filed under (the URL with {@code #name} for a second account) */
    public static Connection account(URI apiUrl, Profile profile, String keySource) {
        return new Connection(Kind.ACCOUNT, profile, apiUrl, ApiVersion.fromBaseUrl(apiUrl), null, keySource);
    }

    /** A short sentence for the status bar. */
    public String describe() {
        if (kind == Kind.SANDBOX) {
            return "Local sandbox: offline, for trying ReelDrop";
        }
        return "Connected to " + apiUrl.getHost() + " (API " + version.pathSegment() + ")";
    }
}
