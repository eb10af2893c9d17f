package io.reeldrop.session;

import io.reeldrop.api.ApiKey;
import io.reeldrop.tracking.Profile;
import java.net.URI;

/**
 * What {@link Accounts} decided to open: an account (URL and key) or the local sandbox.
 *
 * @param apiUrl null for the sandbox
 * @param profile the id the tasks are filed under in the history
 * @param key null for the sandbox
 * @param keySource where the key came from, for a person; for the sandbox, what asked for it
 *     ({@code --sandbox}) or null when it is the fallback
 * @param note a sentence the person should see about the choice, or null
 */
public record Choice(URI apiUrl, Profile profile, ApiKey key, String keySource, String note) {

    static Choice sandbox(String askedBy) {
        return new Choice(null, Profile.SANDBOX, null, askedBy, null);
    }

    static Choice sandbox(String askedBy, String note) {
        return new Choice(null, Profile.SANDBOX, null, askedBy, note);
    }

    static Choice account(URI apiUrl, Profile profile, ApiKey key, String keySource) {
        return new Choice(apiUrl, profile, key, keySource, null);
    }

    public boolean isSandbox() {
        return apiUrl == null;
    }
}
