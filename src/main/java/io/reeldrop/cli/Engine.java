package io.reeldrop.cli;

import io.reeldrop.api.ApiConfig;
import io.reeldrop.api.ApiKey;
import io.reeldrop.api.ApiVersion;
import io.reeldrop.api.TwelveLabsApi;
import io.reeldrop.api.TwelveLabsClient;
import io.reeldrop.config.ConnectionSettings;
import io.reeldrop.config.KeyringSecretStore;
import io.reeldrop.sandbox.SandboxConfig;
import io.reeldrop.sandbox.SandboxServer;
import io.reeldrop.tracking.Tracker;
import io.reeldrop.tracking.TrackerBuilder;
import io.reeldrop.tracking.store.HistoryException;
import io.reeldrop.tracking.store.HistoryStore;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * One running engine for a command: the API client (to the configured account or to an
 * in-process sandbox kept in the data folder, as the window does), and the tracker over the
 * data folder's history. Closed in reverse order.
 */
final class Engine implements AutoCloseable {

    final Tracker tracker;
    final TwelveLabsApi api;
    private final SandboxServer sandbox;

    private Engine(Tracker tracker, TwelveLabsApi api, SandboxServer sandbox) {
        this.tracker = tracker;
        this.api = api;
        this.sandbox = sandbox;
    }

    static Engine open(GlobalOptions options, Map<String, String> env, PrintStream err) {
        Path dataFolder = options.dataFolder(env);
        SandboxServer sandbox = null;
        TwelveLabsApi api = null;
        try {
            String profile = null;
            if (options.sandbox) {
                // Fail on a busy history before the sandbox opens its state next to it.
                new HistoryStore(dataFolder).lockExclusive().close();
                sandbox = SandboxServer.start(SandboxConfig.defaults().withDataDir(dataFolder.resolve("sandbox"))
                        .withTimeScale(options.sandboxTimeScale));
                api = TwelveLabsClient.create(ApiConfig.of(sandbox.baseUri(), ApiKey.of(sandbox.apiKey())));
                profile = TrackerBuilder.SANDBOX_PROFILE;
            } else {
                URI url = apiUrl(options, env, dataFolder);
                api = TwelveLabsClient.create(ApiConfig.of(url, apiKey(url, env, dataFolder)));
            }
            TrackerBuilder builder = TrackerBuilder.forApi(api).dataFolder(dataFolder);
            if (profile != null) {
                builder.apiProfile(profile);
            }
            Tracker tracker = builder.build();
            tracker.startupWarnings().forEach(w -> err.println("Warning: " + w));
            return new Engine(tracker, api, sandbox);
        } catch (HistoryException | IllegalArgumentException e) {
            closeQuietly(api, sandbox);
            throw new CliFailure(ExitCodes.USAGE, e.getMessage());
        } catch (RuntimeException e) {
            closeQuietly(api, sandbox);
            throw e;
        }
    }

    private static void closeQuietly(TwelveLabsApi api, SandboxServer sandbox) {
        if (api != null) {
            api.close();
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    /** --api-url, then TWELVELABS_BASE_URL, then the window's saved URL, then the public API. */
    static URI apiUrl(GlobalOptions options, Map<String, String> env, Path dataFolder) {
        URI url;
        if (options.apiUrl != null) {
            try {
                url = URI.create(options.apiUrl.strip());
            } catch (IllegalArgumentException e) {
                throw new CliFailure(ExitCodes.USAGE, "--api-url \"" + options.apiUrl + "\" is not a valid URL ("
                        + e.getMessage() + "). Give it as https://host/v1.3.");
            }
        } else if (env.get(ApiConfig.ENV_BASE_URL) != null && !env.get(ApiConfig.ENV_BASE_URL).isBlank()) {
            url = ApiConfig.baseUrlFrom(env);
        } else {
            url = savedUrl(dataFolder).orElse(ApiConfig.DEFAULT_BASE_URL);
        }
        ApiVersion.fromBaseUrl(url); // a sentence for a person when the version is missing
        return url;
    }

    private static Optional<URI> savedUrl(Path dataFolder) {
        try {
            return new ConnectionSettings(dataFolder).apiUrl();
        } catch (IOException | IllegalArgumentException e) {
            throw new CliFailure(ExitCodes.USAGE, "The saved connection in " + dataFolder + " cannot be read ("
                    + e.getMessage() + "). Give --api-url, or connect again in the window.");
        }
    }

    /** TWELVE_LABS_API_KEY, else the key the window saved for this API's origin. */
    static ApiKey apiKey(URI url, Map<String, String> env, Path dataFolder) {
        String fromEnv = env.get(ApiConfig.ENV_API_KEY);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return ApiKey.of(fromEnv);
        }
        String origin = url.getScheme() + "://" + url.getHost() + (url.getPort() == -1 ? "" : ":" + url.getPort());
        try {
            Optional<String> saved = KeyringSecretStore.preferred(dataFolder).load(origin);
            if (saved.isPresent() && !saved.get().isBlank()) {
                return ApiKey.of(saved.get());
            }
        } catch (IOException | RuntimeException e) {
            // RuntimeException too: a keychain library can fail in its own ways (D-Bus, JNA).
            throw new CliFailure(ExitCodes.USAGE, "The saved API key cannot be read (" + e.getMessage()
                    + "). Set " + ApiConfig.ENV_API_KEY + " instead.");
        }
        throw new CliFailure(ExitCodes.USAGE, "No API key for " + origin + ". Set " + ApiConfig.ENV_API_KEY
                + ", connect once in the ReelDrop window, or add --sandbox to try ReelDrop offline.");
    }

    @Override
    public void close() {
        tracker.close();
        closeQuietly(api, sandbox);
    }
}
