package io.reeldrop.cli;

import io.reeldrop.session.Session;
import io.reeldrop.tracking.TrackedTask;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "retry", mixinStandardHelpOptions = true,
        description = "Sends a submission that was not sent, or a failed task, again (as a new task).")
final class RetryCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

    @Mixin
    TimeoutOption timeout;

    @Parameters(paramLabel = "TASK", description = "Local id, task id, or a unique prefix of either (see 'list').")
    String task;

    @Option(names = "--wait", description = "Wait until the new task is ready or failed.")
    boolean waitForEnd;

    private final Cli cli;

    RetryCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws Exception {
        // Checked before anything is opened or sent: a bad --timeout must not cost a POST.
        Duration limit = timeout.duration();
        try (Session session = cli.open(global)) {
            TrackedTask found = TaskArgument.find(session, task);
            TrackedTask again;
            try {
                again = session.tracker().retry(found.localId());
            } catch (IllegalStateException e) {
                throw new CliFailure(ExitCodes.FAILED, e.getMessage());
            }
            Follow.Outcome end = new Follow(session.tracker(), Set.of(again.localId()), cli.out(),
                    waitForEnd ? TrackedTask::isSettled : SubmitCommand::sentOrSettled).await(limit);
            session.tracker().flush();
            return TimeoutOption.exitCode(end, cli.err());
        }
    }
}
