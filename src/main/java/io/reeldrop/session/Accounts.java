package io.reeldrop.session;

import io.reeldrop.api.ApiKey;
import io.reeldrop.config.ConnectionSettings;
import io.reeldrop.config.KeyringSecretStore;
import io.reeldrop.config.ProfilesFile;
import io.reeldrop.config.SecretStore;
import io.reeldrop.tracking.Profile;
import io.reeldrop.tracking.TrackerSettings;
import io.reeldrop.tracking.upload.UploadSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Decides which profile to open, keeps the saved profiles, and switches between them. The rule,
 * the same for the window and the command line:
 * <ol>
 *   <li>{@code --sandbox}: the local sandbox.</li>
 *   <li>{@code --profile NAME}: that saved profile, with its own saved key.</li>
 *   <li>An API URL or key named by {@code --api-url}, {@value LaunchOptions#ENV_BASE_URL} or
 *       {@value LaunchOptions#ENV_API_KEY}: the URL (else the public API) with the key of the
 *       environment, else the key of the profile saved for that URL, else the one an older build
 *       kept for its origin; no key is refused with a sentence, since guessing would send work
 *       elsewhere.</li>
 *   <li>Otherwise the active saved profile; the sandbox on a first run, or with a sentence when
 *       the profile's key is gone.</li>
 * </ol>
 * Every method may block (network, keychain, disk): call them off a UI thread.
 */
public final class Accounts {

    /** Where requests go when nothing names another API. */
    public static final URI PUBLIC_API = URI.create("https://api.twelvelabs.io/v1.3");

    private final SessionOpener opener;
    private final LaunchOptions options;
    private final ProfileBook book;
    private final Supplier<SecretStore> secretStore;
    private SecretStore secrets;
    private volatile Runnable releaseCurrent = () -> { };

    /**
     * @param secretStore asked once, on first use: finding the keychain may take a moment
     */
    public Accounts(SessionOpener opener, LaunchOptions options, Supplier<SecretStore> secretStore) {
        this.opener = Objects.requireNonNull(opener, "opener");
        this.options = Objects.requireNonNull(options, "options");
        this.book = new ProfileBook(new ProfilesFile(options.dataFolder()), new ConnectionSettings(options.dataFolder()));
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
        if (options.profile() != null) {
            return namedByFlag(options.profile());
        }
        String urlSource = "--api-url";
        URI url = options.apiUrl();
        if (url == null) {
            url = options.envApiUrl();
            urlSource = LaunchOptions.ENV_BASE_URL;
        }
        String envKey = options.envApiKey();
        if (url == null && envKey == null) {
            return activeProfile();
        }
        URI target = url != null ? url : PUBLIC_API;
        if (envKey != null) {
            return Choice.account(target, Profile.ofApiUrl(target), ApiKey.of(envKey), LaunchOptions.ENV_API_KEY);
        }
        Optional<ProfileBook.Entry> saved;
        try {
            saved = book.forUrl(target);
        } catch (IOException unreadable) {
            saved = Optional.empty(); // the key an older build kept for the origin may still do
        }
        String origin = Profile.ofApiUrl(url).origin();
        String entry = saved.map(ProfileBook.Entry::keyEntry).orElse(origin);
        Optional<String> key = loadKey(entry, origin);
        if (key.isPresent()) {
            Profile history = saved.map(e -> e.profile().profile()).orElse(Profile.ofApiUrl(url));
            return Choice.account(url, history, ApiKey.of(key.get()), secrets().describe());
        }
        throw new IllegalArgumentException("No API key for " + origin + " (named by " + urlSource + "). Set "
                + LaunchOptions.ENV_API_KEY + ", add the account once in the ReelDrop window (Profile > Add an account),"
                + " or use --sandbox to try ReelDrop offline.");
    }

    private Choice namedByFlag(String name) {
        if (options.apiUrl() != null) {
            throw new IllegalArgumentException("Give --profile or --api-url, not both: a profile has its own URL.");
        }
        List<ProfileBook.Entry> all = read(book::entries);
        ProfileBook.Entry e = read(() -> book.byName(name)).orElseThrow(() -> new IllegalArgumentException(
                "No profile is named \"" + name + "\". The profiles are: " + String.join(", ",
                        all.stream().map(ProfileBook.Entry::name).toList()) + ". Add one in the window with"
                        + " Profile > Add an account."));
        if (e.profile().isSandbox()) {
            return Choice.sandbox("--profile");
        }
        URI url = e.profile().apiUrl();
        String key = loadKey(e.keyEntry(), e.name()).orElseThrow(() -> new IllegalArgumentException(
                "The key of the profile \"" + e.name() + "\" was not found in " + secrets().describe() + ". Add the"
                        + " account again in the window (Profile > Add an account, with the same name)."));
        return Choice.account(url, e.profile().profile(), ApiKey.of(key), secrets().describe());
    }

    /** The active saved profile; on any trouble with it, the sandbox and a sentence saying why. */
    private Choice activeProfile() {
        ProfileBook.Entry e;
        try {
            e = book.active();
        } catch (IOException ex) {
            return Choice.sandbox(null, ex.getMessage() + " Until then ReelDrop uses the local sandbox.");
        }
        if (e.profile().isSandbox()) {
            return Choice.sandbox(null);
        }
        Optional<String> key;
        try {
            key = loadKey(e.keyEntry(), e.name());
        } catch (IllegalArgumentException ex) {
            return Choice.sandbox(null, ex.getMessage() + " Until then ReelDrop uses the local sandbox.");
        }
        if (key.isEmpty()) {
            return Choice.sandbox(null, "The key of the profile \"" + e.name() + "\" (" + e.profile().apiUrl()
                    + ") was not found in " + secrets().describe() + ", so ReelDrop uses the local sandbox. Add the"
                    + " account again with Profile > Add an account, under the same name.");
        }
        return Choice.account(e.profile().apiUrl(), e.profile().profile(), ApiKey.of(key.get()), secrets().describe());
    }

    /**
     * Whether {@link #openAtStart} will likely open an account, guessed from flags, environment
     * and files without asking the keychain (which can take seconds): for a "starting" message.
     */
    public boolean mayOpenAnAccount() {
        if (options.sandbox()) {
            return false;
        }
        if (options.apiUrl() != null || options.envApiKey() != null) {
            return true;
        }
        if (options.profile() != null) {
            return !options.profile().equalsIgnoreCase(Profile.SANDBOX.id())
                    && !options.profile().equalsIgnoreCase(SavedProfile.SANDBOX_NAME);
        }
        return book.activeLooksLikeAnAccount();
    }

    /** The profile the rule picks; the sandbox on a first run. */
    public Session openAtStart() {
        return open(decide());
    }

    /**
     * Checks {@code key} against {@code apiUrl} (list indexes), then saves the key and the profile
     * {@code name} (replacing the key of a profile of that name on the same URL), makes it the
     * active profile and opens it. Nothing is saved when the check fails.
     */
    public Session addAccount(String name, URI apiUrl, String key) {
        URI url = LaunchOptions.parseApiUrl(apiUrl.toString(), "The API URL");
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("Paste the API key from the Twelve Labs dashboard (API Keys page).");
        }
        ProfileBook.Entry planned = read(() -> book.plan(name, url)); // a bad name costs no call
        ApiKey apiKey = ApiKey.of(key.strip());
        opener.checkKey(url, apiKey);
        try {
            secrets().save(planned.keyEntry(), apiKey.reveal());
            book.putActive(planned);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        releaseCurrent.run();
        return opener.openAccount(Connection.account(url, planned.profile().profile(), secrets().describe()), apiKey);
    }

    /** {@link #addAccount} as a new profile named after the host of {@code apiUrl} (numbered when taken). */
    public Session connect(URI apiUrl, String key) {
        URI url = LaunchOptions.parseApiUrl(apiUrl.toString(), "The API URL");
        return addAccount(read(() -> book.defaultName(url)), url, key);
    }

    /**
     * Makes {@code name} the active profile and opens it, closing the open one first. A profile
     * whose key is gone is refused before anything is closed.
     */
    public Session switchTo(String name) {
        ProfileBook.Entry e = read(() -> book.byName(name)).orElseThrow(() -> new IllegalArgumentException(
                "No profile is named \"" + name + "\"."));
        Choice c;
        if (e.profile().isSandbox()) {
            c = Choice.sandbox(null);
        } else {
            String key = loadKey(e.keyEntry(), e.name()).orElseThrow(() -> new IllegalStateException(
                    "The key of the profile \"" + e.name() + "\" was not found in " + secrets().describe()
                            + ". Add the account again with Profile > Add an account, under the same name."));
            c = Choice.account(e.profile().apiUrl(), e.profile().profile(), ApiKey.of(key), secrets().describe());
        }
        read(() -> {
            book.activate(e);
            return null;
        });
        releaseCurrent.run();
        return open(c);
    }

    /** Goes back to the local sandbox; the saved profiles and their keys stay. */
    public Session useSandbox() {
        return switchTo(SavedProfile.SANDBOX_NAME);
    }

    /** Renames a saved account; its tasks and key stay with it. */
    public SavedProfile rename(String from, String to) {
        return read(() -> book.rename(from, to));
    }

    /**
     * Removes a saved account and its key from the key store; its tasks stay in the history. When
     * it was the active profile, the sandbox is active from now on. Returns what was removed.
     */
    public SavedProfile remove(String name) {
        ProfileBook.Entry e = read(() -> book.byName(name)).orElseThrow(() -> new IllegalArgumentException(
                "No profile is named \"" + name + "\"."));
        if (!e.profile().isSandbox()) {
            try {
                secrets().delete(e.keyEntry());
            } catch (IOException | RuntimeException ex) {
                throw new IllegalStateException("The key of \"" + e.name() + "\" could not be removed from "
                        + secrets().describe() + " (" + ex.getMessage() + "), so the profile is kept. Unlock the"
                        + " keychain and try again.", ex);
            }
        }
        return read(() -> book.remove(name)).profile();
    }

    /** The sandbox, then the saved accounts in the order they were added. Reads the disk. */
    public List<SavedProfile> profiles() {
        return read(book::entries).stream().map(ProfileBook.Entry::profile).toList();
    }

    /** The saved profile that opens when no flag or variable names another. */
    public SavedProfile activeSavedProfile() {
        return read(book::active).profile();
    }

    /**
     * History id to name, for a profile column; the sandbox's too. Empty of accounts when the list
     * cannot be read: a listing still works with ids.
     */
    public Map<String, String> profileNames() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put(Profile.SANDBOX.id(), SavedProfile.SANDBOX_NAME);
        try {
            book.entries().forEach(e -> names.put(e.profile().profile().id(), e.name()));
        } catch (IOException e) {
            // ids instead of names
        }
        return names;
    }

    /** The data folder both front ends use: history, settings, and the folder watch's record. */
    public Path dataFolder() {
        return options.dataFolder();
    }

    /** Where keys are kept, for a person ("the system keychain", "an owner-only file..."). */
    public String keyStorage() {
        return secrets().describe();
    }

    private Session open(Choice c) {
        Session s = c.isSandbox() ? opener.openSandbox()
                : opener.openAccount(Connection.account(c.apiUrl(), c.profile(), c.keySource()), c.key());
        return c.note() == null ? s : new NotedSession(s, c.note());
    }

    /** The saved profiles, whose file may be unreadable: then a sentence saying which and what to do. */
    private static <T> T read(Reading<T> reading) {
        try {
            return reading.get();
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private interface Reading<T> {
        T get() throws IOException;
    }

    private Optional<String> loadKey(String entry, String forWhom) {
        try {
            return secrets().load(entry).filter(k -> !k.isBlank());
        } catch (IOException | RuntimeException e) {
            // RuntimeException too: a keychain library can fail in its own ways (D-Bus, JNA).
            throw new IllegalArgumentException("The saved API key of " + forWhom + " cannot be read ("
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
