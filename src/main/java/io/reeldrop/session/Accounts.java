package io.reeldrop.session;

import io.reeldrop.api.ApiKey;
import io.reeldrop.config.ConnectionSettings;
import io.reeldrop.config.KeyringSecretStore;
import io.reeldrop.config.SecretStore;
import io.reeldrop.tracking.Profile;
import io.reeldrop.tracking.TrackerSettings;
import io.reeldrop.tracking.upload.UploadSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Decides which profile to open, and switches between them. The rule, the same for the window and
 * the command line:
 * <ol>
 *   <li>{@code --sandbox}: the local sandbox.</li>
 *   <li>The API URL: {@code --api-url}, else {@value LaunchOptions#ENV_BASE_URL}, else the saved
 *       account's, else the public API.</li>
 *   <li>The key: {@value LaunchOptions#ENV_API_KEY}, else the one kept for that URL's origin.</li>
 *   <li>No key: the local sandbox, unless a URL was asked for by flag or environment; then
 *       a sentence saying which key is missing, since guessing would send work elsewhere.</li>
 * </ol>
 * Every method may block (network, keychain, disk): call them off a UI thread.
 */
public final class Accounts {

    /** Where requests go when nothing names another API. */
    public static final URI PUBLIC_API = URI.create("https://api.twelvelabs.io/v1.3");

    private final SessionOpener opener;
    private final LaunchOptions options;
    private final ConnectionSettings settings;
    private final Supplier<SecretStore> secretStore;
    private SecretStore secrets;
    private volatile Runnable releaseCurrent = () -> { };

    /**
     * @param secretStore asked once, on first use: finding the keychain may take a moment
     */
    public Accounts(SessionOpener opener, LaunchOptions options, Supplier<SecretStore> secretStore) {
        this.opener = Objects.requireNonNull(opener, "opener");
        this.options = Objects.requireNonNull(options, "options");
        this.settings = new ConnectionSettings(options.dataFolder());
        this.secretStore = secretStore;
    }

    /**
     * The accounts of the window and the command line: real engines over the data folder, keys in
     * the OS keychain (or the owner-only file). Both front ends open through here, so the same
     * flags and environment open the same profile.
     */
    public static Accounts standard(LaunchOptions options) {
        return standard(options, UploadSettings.defaults());
    }

    /**
     * The same, asking for the person's upload settings (parallel chunks, ...) each time a profile
     * opens, so a change made in the window applies to the next profile it opens.
     */
    public static Accounts standard(LaunchOptions options, Supplier<UploadSettings> uploads) {
        return withOpener(new EngineSessions(options.dataFolder(),
                EngineSessions.sandboxDefaults(options.dataFolder()).withTimeScale(options.sandboxTimeScale()),
                TrackerSettings.defaults(), uploads), options);
    }

    /** The same, with the person's upload settings (parallel chunks, ...). */
    public static Accounts standard(LaunchOptions options, UploadSettings uploads) {
        return withOpener(new EngineSessions(options.dataFolder(),
                EngineSessions.sandboxDefaults(options.dataFolder()).withTimeScale(options.sandboxTimeScale()),
                TrackerSettings.defaults(), uploads), options);
    }

    /** The same rule and key storage over other sessions (demos and benchmarks of the window). */
    public static Accounts withOpener(SessionOpener opener, LaunchOptions options) {
        return new Accounts(opener, options, () -> KeyringSecretStore.preferred(options.dataFolder()));
    }

    /**
     * Called just before another session opens: the current one's engine holds the history's
     * lock, so it must be closed first.
     */
    public void setReleaseCurrent(Runnable release) {
        this.releaseCurrent = release;
    }

    /** What {@link #openAtStart} will open, decided without opening anything. */
    public Choice decide() {
        if (options.sandbox()) {
            return Choice.sandbox("--sandbox");
        }
        String urlSource = "--api-url";
        URI url = options.apiUrl();
        if (url == null) {
            url = options.envApiUrl();
            urlSource = LaunchOptions.ENV_BASE_URL;
        }
        if (url == null) {
            url = savedApiUrlOrFail().orElse(null);
            urlSource = url == null ? null : "the saved account";
        }
        String envKey = options.envApiKey();
        URI target = url != null ? url : PUBLIC_API;
        if (envKey != null) {
            return new Choice(target, ApiKey.of(envKey), LaunchOptions.ENV_API_KEY, null);
        }
        if (url == null) {
            return Choice.sandbox(null);
        }
        String origin = Profile.ofApiUrl(url).origin();
        Optional<String> saved = loadKey(origin);
        if (saved.isPresent()) {
            return new Choice(url, ApiKey.of(saved.get()), secrets().describe(), null);
        }
        if (!urlSource.equals("the saved account")) {
            throw new IllegalArgumentException("No API key for " + origin + " (named by " + urlSource + "). Set "
                    + LaunchOptions.ENV_API_KEY + ", connect once in the ReelDrop window (File > Connect account),"
                    + " or use --sandbox to try ReelDrop offline.");
        }
        return Choice.sandbox(null, "The key of the saved account " + origin + " was not found in " + secrets().describe()
                + ", so ReelDrop uses the local sandbox. Connect again with File > Connect account.");
    }

    /**
     * Whether {@link #openAtStart} will likely open an account, guessed from flags, environment
     * and files without asking the keychain (which can take seconds): for a "starting" message.
     */
    public boolean mayOpenAnAccount() {
        return !options.sandbox() && (options.apiUrl() != null || options.envApiKey() != null
                || savedApiUrl().isPresent());
    }

    /** The profile the rule picks; the sandbox on a first run. */
    public Session openAtStart() {
        Choice c = decide();
        Session s = c.isSandbox() ? opener.openSandbox() : opener.openAccount(c.apiUrl(), c.key(), c.keySource());
        return c.note() == null ? s : new NotedSession(s, c.note());
    }

    /**
     * Checks {@code key} against {@code apiUrl} (list indexes), then saves both and opens the
     * account. Nothing is saved when the check fails.
     */
    public Session connect(URI apiUrl, String key) {
        URI url = LaunchOptions.parseApiUrl(apiUrl.toString(), "The API URL");
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("Paste the API key from the Twelve Labs dashboard (API Keys page).");
        }
        ApiKey apiKey = ApiKey.of(key.strip());
        opener.checkKey(url, apiKey);
        try {
            secrets().save(Profile.ofApiUrl(url).origin(), apiKey.reveal());
            settings.saveApiUrl(url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        releaseCurrent.run();
        return opener.openAccount(url, apiKey, secrets().describe());
    }

    /** Forgets the saved key and URL and goes back to the sandbox. */
    public Session useSandbox() {
        try {
            Optional<URI> url = settings.apiUrl();
            if (url.isPresent()) {
                secrets().delete(Profile.ofApiUrl(url.get()).origin());
            }
            settings.clear();
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("The saved account could not be forgotten: " + e.getMessage(), e);
        }
        releaseCurrent.run();
        return opener.openSandbox();
    }

    /** The saved account's URL; empty when there is none or it cannot be read. */
    public Optional<URI> savedApiUrl() {
        try {
            return settings.apiUrl();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The data folder both front ends use: history, settings, and the folder watch's record. */
    public Path dataFolder() {
        return options.dataFolder();
    }

    /** Where keys are kept, for a person ("the system keychain", "an owner-only file..."). */
    public String keyStorage() {
        return secrets().describe();
    }

    private Optional<URI> savedApiUrlOrFail() {
        try {
            return settings.apiUrl();
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("The saved connection in " + options.dataFolder() + " cannot be read ("
                    + e.getMessage() + "). Give --api-url, or connect again in the window.", e);
        }
    }

    private Optional<String> loadKey(String origin) {
        try {
            return secrets().load(origin).filter(k -> !k.isBlank());
        } catch (IOException | RuntimeException e) {
            // RuntimeException too: a keychain library can fail in its own ways (D-Bus, JNA).
            throw new IllegalArgumentException("The saved API key for " + origin + " cannot be read ("
                    + e.getMessage() + "). Set " + LaunchOptions.ENV_API_KEY + " instead, or unlock the keychain.", e);
        }
    }

    private synchronized SecretStore secrets() {
        if (secrets == null) {
            secrets = secretStore.get();
        }
        return secrets;
    }
}
