package io.reeldrop.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command takes: where the history is and which API to talk to. */
final class GlobalOptions {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder of the history and settings (default: ${env:REELDROP_DATA_DIR} or the platform's"
                    + " user data folder, as the window uses).")
    Path dataDir;

    @Option(names = "--api-url", paramLabel = "URL",
            description = "API base URL ending in /v1.2 or /v1.3 (default: TWELVELABS_BASE_URL, the window's active"
                    + " profile, or https://api.twelvelabs.io/v1.3).")
    String apiUrl;

    @Option(names = "--profile", paramLabel = "NAME",
            description = "A profile saved in the window (Profile menu), with its own key; \"sandbox\" for the local"
                    + " sandbox (default: the window's active profile, unless --api-url or the environment names one).")
    String profile;

    @Option(names = "--sandbox", description = "Start the built-in offline sandbox and use it (no key needed).")
    boolean sandbox;

    @Option(names = "--sandbox-time-scale", paramLabel = "N", defaultValue = "1",
            description = "With --sandbox: run its schedule N times faster (default 1).")
    double sandboxTimeScale;
}
