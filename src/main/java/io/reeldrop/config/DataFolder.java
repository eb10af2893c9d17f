package io.reeldrop.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the folder that holds the history and settings: the platform's user data directory,
 * unless {@value #ENV_DATA_DIR} or an explicit {@code --data-dir} says otherwise.
 */
public final class DataFolder {

    /** Overrides the default folder; tests and scripts use it to keep runs apart. */
    public static final String ENV_DATA_DIR = "REELDROP_DATA_DIR";
    private static final String APP = "ReelDrop";

    private DataFolder() {
    }

    /** The folder for this process: explicit override, then the environment, then the OS default. */
    public static Path resolve(Path explicitOverride) {
        return resolve(explicitOverride, System.getenv(), System.getProperty("os.name", ""),
                System.getProperty("user.home", "."));
    }

    /** The same decision with every input given, so each platform's rule can be tested anywhere. */
    public static Path resolve(Path explicitOverride, Map<String, String> env, String osName, String userHome) {
        if (explicitOverride != null) {
            return explicitOverride.toAbsolutePath();
        }
        String fromEnv = env.get(ENV_DATA_DIR);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv.strip()).toAbsolutePath();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        Path home = Path.of(userHome);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming") : Path.of(appData);
            return base.resolve(APP);
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve(APP);
        }
        // XDG: an unset or relative XDG_DATA_HOME must be ignored, per the spec.
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("reeldrop");
    }
}
