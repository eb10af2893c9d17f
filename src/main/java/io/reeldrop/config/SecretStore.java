package io.reeldrop.config;

import java.io.IOException;
import java.util.Optional;

/**
 * Keeps API keys, each under a name: a saved profile's (its history id), or an API origin's for
 * the account older builds saved. Implementations never log the key. The window prefers the OS
 * keychain where one answers and falls back to {@link OwnerOnlyFileSecretStore}.
 */
public interface SecretStore {

    Optional<String> load(String origin) throws IOException;

    void save(String origin, String secret) throws IOException;

    void delete(String origin) throws IOException;

    /** A short name for the settings dialog, e.g. "an owner-only file in the data folder". */
    String describe();
}
