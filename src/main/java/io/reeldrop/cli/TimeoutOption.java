package io.reeldrop.cli;

import java.io.PrintStream;
import java.time.Duration;
import picocli.CommandLine.Option;

/** {@code --timeout}: how long a command that follows tasks may wait; and what its end means. */
final class TimeoutOption {

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Stop waiting after this many seconds and exit 1; the tasks stay in the history."
                    + " Waiting also stops once the API has been out of reach for a minute.")
    Long seconds;

    Duration duration() {
        if (seconds == null) {
            return null;
        }
        if (seconds <= 0) {
            throw new CliFailure(ExitCodes.USAGE, "--timeout must be a positive number of seconds, was " + seconds
                    + ".");
        }
        return Duration.ofSeconds(seconds);
    }

    /** The exit code of a wait: 1 when it stopped early or any task failed or was not sent. */
    static int exitCode(Follow.Outcome outcome, PrintStream err) {
        if (!outcome.complete()) {
            err.println(outcome.stoppedBecause());
            return ExitCodes.FAILED;
        }
        return outcome.tasks().stream().anyMatch(SubmitCommand::failedOrNotSent) ? ExitCodes.FAILED : ExitCodes.OK;
    }
}
