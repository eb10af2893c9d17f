package io.reeldrop.config;

import java.io.IOException;
import java.util.Optional;

/**
 * The keychain in front of the owner-only file. A key saved in the file while no keychain
 * answered (a locked session, a first run over SSH) is still found once one does; a new key
 * goes to the keychain and replaces the file's copy, and forgetting a key removes it from both.
 */
final class LayeredSecretStore implements SecretStore {

    private final SecretStore preferred;
    private final SecretStore fallback;

    LayeredSecretStore(SecretStore preferred, SecretStore fallback) {
        this.preferred = preferred;
        this.fallback = fallback;
    }

    @Override
    public Optional<String> load(String origin) throws IOException {
        Optional<String> key = preferred.load(origin);
        return key.isPresent() ? key : fallback.load(origin);
    }

    /**
     * Into the keychain; then an older copy in the file goes, or it would be used whenever the
     * keychain does not answer in time (a locked session, a login over SSH).
     */
    @Override
    public void save(String origin, String secret) throws IOException {
        preferred.save(origin, secret);
        try {
            fallback.delete(origin);
        } catch (IOException e) {
            // The new key is saved where it is read first; the stale copy is only a fallback.
        }
    }

    @Override
    public void delete(String origin) throws IOException {
        try {
            preferred.delete(origin);
        } finally {
            fallback.delete(origin);
        }
    }

    @Override
    public String describe() {
        return preferred.describe();
    }
}
