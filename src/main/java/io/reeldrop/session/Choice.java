package io.reeldrop.session;

import io.reeldrop.api.ApiKey;
import java.net.URI;

/**
 * What {@link Accounts} decided to open: an account (URL and key) or the local sandbox.
 *
 * @param apiUrl null for the sandbox
 * @param key null for the sandbox
 * @param keySource where the key came from, for a person; for the sandbox, what asked for it
 *     ({@code --sandbox}) or null when it is the fallback
 * @param note a sentence the person should see about the choice, or null
 */
public record Choice(URI apiUrl, ApiKey key, String keySource, String note) {

    static Choice sandbox(String askedBy) {
        return new Choice(null, null, askedBy, null);
    }

    static Choice sandbox(String askedBy, String note) {
        return new Choice(null, null, askedBy, note);
    }

    public boolean isSandbox() {
        return apiUrl == null;
    }
}
