package io.reeldrop.session;

import io.reeldrop.api.ApiVersion;
import io.reeldrop.config.DataFolder;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a front end was started with: its flags and its environment. The window and the command
 * line build the same options from the same inputs, so they open the same profile.
 *
 * @param dataFolder where the history, settings and sandbox state are
 * @param apiUrl {@code --api-url}, or null
 * @param profile {@code --profile}: a saved profile's name, or null
 * @param sandbox {@code --sandbox}: use the local sandbox whatever else is configured
 * @param sandboxTimeScale {@code --sandbox-time-scale}: how much faster than real the sandbox runs
 * @param env the process environment (a map, so tests need not touch the real one)
 */
public record LaunchOptions(Path dataFolder, URI apiUrl, String profile, boolean sandbox, double sandboxTimeScale,
                            Map<String, String> env) {

    /** The variable the official SDKs read for the key. */
    public static final String ENV_API_KEY = "TWELVE_LABS_API_KEY";
    /** The variable the official SDKs read for the base URL. */
    public static final String ENV_BASE_URL = "TWELVELABS_BASE_URL";

    public LaunchOptions {
        Objects.requireNonNull(dataFolder, "dataFolder");
        if (!(sandboxTimeScale > 0) || Double.isInfinite(sandboxTimeScale)) {
            throw new IllegalArgumentException("--sandbox-time-scale must be a positive number, was "
                    + sandboxTimeScale + ".");
        }
        if (profile != null && profile.isBlank()) {
            throw new IllegalArgumentException("--profile needs a profile's name, such as --profile Work.");
        }
        profile = profile == null ? null : profile.strip();
        env = Map.copyOf(env);
    }

    /**
     * The options of a flag set: {@code --data-dir DIR}, {@code --api-url URL}, {@code --profile NAME},
     * {@code --sandbox} and {@code --sandbox-time-scale N} (either {@code --name value} or {@code --name=value});
     * other arguments are left to the caller.
     *
     * @throws IllegalArgumentException with a sentence for a person when a value is not usable
     */
    public static LaunchOptions fromArguments(List<String> args, Map<String, String> env) {
        String dataDir = value(args, "--data-dir");
        String scale = value(args, "--sandbox-time-scale");
        double timeScale;
        try {
            timeScale = scale == null ? 1 : Double.parseDouble(scale.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--sandbox-time-scale \"" + scale + "\" is not a number.", e);
        }
        return of(dataDir == null ? null : Path.of(dataDir), value(args, "--api-url"), value(args, "--profile"),
                args.contains("--sandbox"), timeScale, env);
    }

    /** The same from parsed flags; {@code dataDir}, {@code apiUrl} and {@code profile} may be null. */
    public static LaunchOptions of(Path dataDir, String apiUrl, String profile, boolean sandbox,
                                   double sandboxTimeScale, Map<String, String> env) {
        Path folder = DataFolder.resolve(dataDir, env, System.getProperty("os.name", ""),
                System.getProperty("user.home", "."));
        return new LaunchOptions(folder, apiUrl == null ? null : parseApiUrl(apiUrl, "--api-url"), profile, sandbox,
                sandboxTimeScale, env);
    }

    /** Only a data folder: what tests and tools use when flags and environment play no part. */
    public static LaunchOptions ofDataFolder(Path dataDir) {
        return of(dataDir, null, null, false, 1, Map.of());
    }

    /** The environment's base URL, or null when unset. */
    URI envApiUrl() {
        String url = env.get(ENV_BASE_URL);
        return url == null || url.isBlank() ? null : parseApiUrl(url, ENV_BASE_URL);
    }

    /** The environment's key, or null when unset. */
    String envApiKey() {
        String key = env.get(ENV_API_KEY);
        return key == null || key.isBlank() ? null : key.strip();
    }

    /**
     * An API base URL a person typed or configured.
     *
     * @param where what to name in the sentence: the flag or the variable it came from
     */
    static URI parseApiUrl(String text, String where) {
        URI url;
        try {
            url = URI.create(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + " \"" + text.strip() + "\" is not a valid URL. Give it as"
                    + " https://api.twelvelabs.io/v1.3.", e);
        }
        if (url.getScheme() == null || url.getHost() == null
                || !(url.getScheme().equalsIgnoreCase("https") || url.getScheme().equalsIgnoreCase("http"))) {
            throw new IllegalArgumentException(where + " \"" + text.strip() + "\" is not a web address. Give it as"
                    + " https://api.twelvelabs.io/v1.3.");
        }
        ApiVersion.fromBaseUrl(url); // a sentence for a person when the version is missing
        return url;
    }

    private static String value(List<String> args, String name) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals(name) && i + 1 < args.size()) {
                return args.get(i + 1);
            }
            if (a.startsWith(name + "=")) {
                return a.substring(name.length() + 1);
            }
        }
        return null;
    }
}
