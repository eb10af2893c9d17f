package io.reeldrop;

import io.reeldrop.cli.OneLineLogs;
import io.reeldrop.cli.ReelDropCli;
import io.reeldrop.cli.TerminalSafeStream;
import io.reeldrop.sandbox.SandboxMain;
import io.reeldrop.ui.ReelDropApp;
import io.reeldrop.ui.WindowStartFailure;
import java.util.Set;

/**
 * The single entry point of the jar. It only dispatches on the first argument, so the
 * window, the command line and the standalone sandbox share one artifact (and one installer).
 *
 * <p>This class must not extend {@code javafx.application.Application}: launched from the
 * class path, the JavaFX launcher refuses such a main class ("JavaFX runtime components are
 * missing"), so the window is started through {@link ReelDropApp#launch(String[])}.
 *
 * <p>When JavaFX cannot start here (no display, no GTK 3), the person gets one sentence saying
 * what is missing ({@link WindowStartFailure}) and a non-zero exit, not a stack trace.
 */
public final class Main {

    private static final Set<String> CLI_COMMANDS =
            Set.of("submit", "list", "watch", "import", "retry", "resolve", "pause", "resume", "forget", "watch-folder",
                    "--help", "-h", "--version", "-V");

    private Main() {
    }

    public static void main(String[] args) {
        guardTheTerminal();
        String first = args.length == 0 ? "" : args[0];
        if ("--sandbox-server".equals(first)) {
            System.exit(SandboxMain.run(args));
        } else if (CLI_COMMANDS.contains(first)) {
            System.exit(ReelDropCli.run(args));
        } else {
            openWindow(args);
        }
    }

    /**
     * Whatever any mode prints to the terminal, and every log record, passes a filter first: text
     * from servers and from input must not drive the terminal (issue 11). Done before anything
     * logs, so the console log handler is made with the filtered stderr.
     */
    private static void guardTheTerminal() {
        System.setOut(TerminalSafeStream.wrap(System.out));
        System.setErr(TerminalSafeStream.wrap(System.err));
        OneLineLogs.install();
    }

    private static void openWindow(String[] args) {
        try {
            ReelDropApp.launch(args);
        } catch (RuntimeException e) {
            System.err.println(WindowStartFailure.explain(e, System.getenv()).orElseThrow(() -> e));
            System.exit(WindowStartFailure.EXIT_STATUS);
        }
    }
}
