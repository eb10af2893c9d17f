package io.reeldrop.cli;

import io.reeldrop.api.ApiException;
import io.reeldrop.session.Session;
import java.io.PrintWriter;
import java.io.PrintStream;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line's entry: {@link #run(String[])} returns the exit code, {@link #main} exits
 * with it. Wired into {@code io.reeldrop.Main}; also runnable on its own.
 */
@Command(name = "reeldrop", mixinStandardHelpOptions = true, version = "ReelDrop 0.1.0",
        description = "Uploads videos to Twelve Labs and follows their indexing tasks.",
        footerHeading = "%nExit codes:%n",
        footer = {"  0  every task ended ready (without --wait: every URL was sent)",
            "  1  a task failed, a line was rejected, or something was not sent",
            "  2  usage or configuration error; nothing was done"})
public final class ReelDropCli {

    private ReelDropCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String[] args) {
        return run(args, System.getenv(), System.out, System.err);
    }

    /**
     * The same with every input given, for tests. Both streams are made {@link TerminalSafeStream}s:
     * lines hold URLs, notes and messages from input and from servers.
     */
    public static int run(String[] args, Map<String, String> env, PrintStream rawOut, PrintStream rawErr) {
        quietLibraries();
        PrintStream out = TerminalSafeStream.wrap(rawOut);
        PrintStream err = TerminalSafeStream.wrap(rawErr);
        Cli cli = new Cli(env, out, err);
        CommandLine line = new CommandLine(new ReelDropCli())
                .addSubcommand(new SubmitCommand(cli))
                .addSubcommand(new ListCommand(cli))
                .addSubcommand(new WatchCommand(cli))
                .addSubcommand(new ImportCommand(cli))
                .addSubcommand(new RetryCommand(cli))
                .addSubcommand(new ResolveCommand(cli))
                .addSubcommand(new PauseCommand(cli))
                .addSubcommand(new ResumeCommand(cli))
                .addSubcommand(new ForgetCommand(cli))
                .addSubcommand(new WatchFolderCommand(cli));
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        line.setExecutionExceptionHandler((e, cmd, parsed) -> failure(e, err));
        line.setParameterExceptionHandler((e, parsed) -> usageError(e, err));
        Thread onSignal = new Thread(() -> {
            Session session = cli.current();
            if (session != null) {
                session.tracker().close(); // last history write on Ctrl-C; SIGKILL is covered by the write-ahead
            }
        }, "reeldrop-cli-stop");
        Runtime.getRuntime().addShutdownHook(onSignal);
        try {
            if (args.length == 0) {
                line.usage(out);
                return ExitCodes.USAGE;
            }
            return line.execute(args);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(onSignal);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or has run
            }
        }
    }

    /** The problem and where to read more: the full help would push the sentence off a script's log. */
    private static int usageError(CommandLine.ParameterException e, PrintStream err) {
        err.println(e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Run '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for the options.");
        return ExitCodes.USAGE;
    }

    private static int failure(Exception e, PrintStream err) {
        if (e instanceof CliFailure f) {
            err.println(f.getMessage());
            return f.exitCode();
        }
        if (e instanceof ApiException a) {
            err.println(a.getMessage());
            return a.httpStatus() == 401 || a.httpStatus() == 403 ? ExitCodes.USAGE : ExitCodes.FAILED;
        }
        if (e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
            err.println(e.getMessage());
            return ExitCodes.USAGE;
        }
        err.println("Unexpected error: " + e);
        return ExitCodes.FAILED;
    }

    /** Library chatter (Jetty, retries) is for logs, not for a script's stderr. */
    private static void quietLibraries() {
        Logger root = Logger.getLogger("");
        if (root.getLevel() == null || root.getLevel().intValue() < Level.WARNING.intValue()) {
            root.setLevel(Level.WARNING);
        }
        Logger.getLogger("org.eclipse.jetty").setLevel(Level.SEVERE);
        OneLineLogs.install();
    }
}
