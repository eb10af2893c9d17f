package io.reeldrop.config;

import java.io.IOException;
import java.util.Optional;

/**
 * The keychain in front of the owner-only file. A key saved in the file while no keychain
 * answered (a locked session, a first run over SSH) is still found once one does; new keys go
 * to the keychain only, and forgetting a key removes it from both.
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

    @Override
    public void save(String origin, String secret) throws IOException {
        preferred.save(origin, secret);
    }

    @Override
    public void delete(String origin) throws IOException {
        preferred.delete(origin);
        fallback.delete(origin);
    }

    @Override
    public String describe() {
        return preferred.describe();
    }
}
