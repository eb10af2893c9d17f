package io.reeldrop.cli;

import io.reeldrop.session.Accounts;
import io.reeldrop.session.Connection;
import io.reeldrop.session.LaunchOptions;
import io.reeldrop.session.Session;
import io.reeldrop.tracking.store.HistoryException;
import io.reeldrop.tracking.upload.UploadSettings;
import java.io.PrintStream;
import java.util.Map;

/** What the commands share: the streams, the environment, and how to open the session. */
final class Cli {

    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;
    private volatile Session open;

    Cli(Map<String, String> env, PrintStream out, PrintStream err) {
        this.env = env;
        this.out = out;
        this.err = err;
    }

    Map<String, String> env() {
        return env;
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    /** Opens the profile the window would open for the same flags and environment. */
    Session open(GlobalOptions options) {
        return open(options, UploadSettings.defaults());
    }

    /** The same, uploading with {@code uploads} (parallel chunks). */
    Session open(GlobalOptions options, UploadSettings uploads) {
        Session session;
        try {
            session = Accounts.standard(launchOptions(options), uploads).openAtStart();
        } catch (HistoryException | IllegalArgumentException e) {
            throw new CliFailure(ExitCodes.USAGE, e.getMessage());
        }
        if (session.connection().kind() == Connection.Kind.SANDBOX && !options.sandbox && options.profile == null) {
            err.println("Note: no API key is configured, so this runs on the local sandbox. Set "
                    + LaunchOptions.ENV_API_KEY + " or add your account in the window (Profile > Add an account) to use it.");
        }
        session.startupWarnings().forEach(w -> err.println("Warning: " + w));
        open = session;
        return session;
    }

    LaunchOptions launchOptions(GlobalOptions options) {
        try {
            return LaunchOptions.of(options.dataDir, options.apiUrl, options.profile, options.sandbox,
                    options.sandboxTimeScale, env);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(ExitCodes.USAGE, e.getMessage());
        }
    }

    /** Profile id to name, for the profile column of a listing (ids where the list cannot be read). */
    Map<String, String> profileNames(GlobalOptions options) {
        return Accounts.standard(launchOptions(options)).profileNames();
    }

    /** The session a command is using, for a clean stop on Ctrl-C; null when none. */
    Session current() {
        return open;
    }
}
