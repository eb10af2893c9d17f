package io.reeldrop.config;

import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * API keys in the operating system's keychain (macOS Keychain, Windows Credential Manager,
 * the desktop's Secret Service on Linux). {@link #preferred} falls back to an
 * {@link OwnerOnlyFileSecretStore} when no keychain answers, as on a headless server.
 */
public final class KeyringSecretStore implements SecretStore {

    /** The service name entries are filed under; the account name is the entry's name (see {@link SecretStore}). */
    static final String SERVICE = "ReelDrop";
    private static final long PROBE_SECONDS = 3;

    private final Keyring keyring;

    private KeyringSecretStore(Keyring keyring) {
        this.keyring = keyring;
    }

    /**
     * The keychain when one answers within a few seconds (still reading keys saved earlier in the
     * owner-only file), else that file in {@code dataFolder}. Blocks while it asks; call it off
     * the UI thread. The window and the command line both use it, so a key saved by one is found
     * by the other.
     */
    public static SecretStore preferred(Path dataFolder) {
        try {
            Keyring k = CompletableFuture.supplyAsync(KeyringSecretStore::probe).get(PROBE_SECONDS, TimeUnit.SECONDS);
            if (k != null) {
                return new LayeredSecretStore(new KeyringSecretStore(k), new OwnerOnlyFileSecretStore(dataFolder));
            }
        } catch (Exception | LinkageError e) {
            // No keychain, or one that does not answer: the file is the documented fallback.
        }
        return new OwnerOnlyFileSecretStore(dataFolder);
    }

    /** Opens the keychain and reads one entry, so a backend that loads but cannot talk is refused. */
    private static Keyring probe() {
        try {
            Keyring k = Keyring.create();
            try {
                k.getPassword(SERVICE, "probe");
            } catch (PasswordAccessException notFound) {
                // A keychain that says "no such entry" is a keychain that answers.
            }
            return k;
        } catch (Exception | LinkageError e) {
            return null;
        }
    }

    @Override
    public synchronized Optional<String> load(String origin) {
        try {
            return Optional.ofNullable(keyring.getPassword(SERVICE, origin));
        } catch (PasswordAccessException e) {
            return Optional.empty();
        }
    }

    @Override
    public synchronized void save(String origin, String secret) throws IOException {
        try {
            keyring.setPassword(SERVICE, origin, secret);
        } catch (PasswordAccessException e) {
            throw new IOException("The system keychain did not accept the key. Unlock the keychain and try again.");
        }
    }

    @Override
    public synchronized void delete(String origin) {
        try {
            keyring.deletePassword(SERVICE, origin);
        } catch (PasswordAccessException e) {
            // Nothing stored for this origin: already deleted.
        }
    }

    @Override
    public String describe() {
        return "the system keychain";
    }

    @Override
    public String toString() {
        return "KeyringSecretStore[" + keyring.getKeyringStorageType() + "]";
    }
}
