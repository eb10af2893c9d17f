package io.reeldrop.ui.account;

import io.reeldrop.api.ApiConfig;
import io.reeldrop.api.ApiKey;
import io.reeldrop.api.ApiVersion;
import io.reeldrop.config.ConnectionSettings;
import io.reeldrop.config.SecretStore;
import io.reeldrop.ui.Backend;
import io.reeldrop.ui.BackendFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Decides what the window connects to: the saved account when there is a URL and a key for it,
 * else the local sandbox. Connecting checks the key with a real call before saving anything.
 * Every method may block (network, keychain, disk): call them through the executor.
 */
public final class AccountSession {

    private final BackendFactory factory;
    private final ConnectionSettings settings;
    private final Supplier<SecretStore> secretStore;
    private SecretStore secrets;
    private volatile Runnable releaseCurrent = () -> { };

    /**
     * @param secretStore asked once, on first use and off the UI thread: finding the keychain
     *     may take a moment
     */
    public AccountSession(BackendFactory factory, ConnectionSettings settings, Supplier<SecretStore> secretStore) {
        this.factory = factory;
        this.settings = settings;
        this.secretStore = secretStore;
    }

    /**
     * Called (off the UI thread) just before another backend opens: the engine of the current
     * one holds the history's lock, so it must be closed first.
     */
    public void setReleaseCurrent(Runnable release) {
        this.releaseCurrent = release;
    }

    private synchronized SecretStore secrets() {
        if (secrets == null) {
            secrets = secretStore.get();
        }
        return secrets;
    }

    /** The saved account, or the sandbox when none is saved (first run). */
    public Backend openAtStart() {
        Optional<URI> url = savedApiUrl();
        if (url.isPresent()) {
            Optional<String> key = load(url.get());
            if (key.isPresent()) {
                return factory.openAccount(url.get(), ApiKey.of(key.get()));
            }
        }
        return factory.openSandbox();
    }

    /**
     * Checks {@code key} against {@code apiUrl} (list indexes), then saves both and opens the
     * account. Nothing is saved when the check fails.
     */
    public Backend connect(URI apiUrl, String key) {
        ApiVersion.fromBaseUrl(apiUrl);
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("Paste the API key from the Twelve Labs dashboard (API Keys page).");
        }
        ApiKey apiKey = ApiKey.of(key);
        factory.checkKey(apiUrl, apiKey);
        try {
            secrets().save(origin(apiUrl), apiKey.reveal());
            settings.saveApiUrl(apiUrl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        releaseCurrent.run();
        return factory.openAccount(apiUrl, apiKey);
    }

    /** Forgets the saved key and URL and goes back to the sandbox. */
    public Backend disconnect() {
        try {
            Optional<URI> url = settings.apiUrl();
            if (url.isPresent()) {
                secrets().delete(origin(url.get()));
            }
            settings.clear();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        releaseCurrent.run();
        return factory.openSandbox();
    }

    public Optional<URI> savedApiUrl() {
        try {
            return settings.apiUrl();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Where keys are kept, for the dialog ("the system keychain", "an owner-only file..."). */
    public String keyStorage() {
        return secrets().describe();
    }

    public static URI defaultApiUrl() {
        return ApiConfig.DEFAULT_BASE_URL;
    }

    /** Keys are stored per origin, so a key is only ever sent back to the host it was made for. */
    static String origin(URI apiUrl) {
        String port = apiUrl.getPort() == -1 ? "" : ":" + apiUrl.getPort();
        return apiUrl.getScheme() + "://" + apiUrl.getHost() + port;
    }

    private Optional<String> load(URI url) {
        try {
            return secrets().load(origin(url));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
