package io.reeldrop.cli;

import io.reeldrop.session.Session;
import io.reeldrop.tracking.TrackedTask;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "resolve", mixinStandardHelpOptions = true,
        description = {"Answers for a video whose upload answer was lost and whose task could not be matched",
            "('list' shows it as needs decision, with the tasks found): adopt one, or send it again."})
final class ResolveCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

    @Mixin
    TimeoutOption timeout;

    @Parameters(paramLabel = "TASK", description = "Local id, or a unique prefix of it (see 'list').")
    String task;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Answer answer;

    /** Exactly one of the two answers. */
    static final class Answer {
        @Option(names = "--adopt", paramLabel = "TASK_ID", description = "The task found is this video's.")
        String adopt;

        @Option(names = "--send-again", description = "None of the tasks found is this video's: send it again.")
        boolean sendAgain;
    }

    @Option(names = "--wait", description = "Wait until the task is ready or failed.")
    boolean waitForEnd;

    private final Cli cli;

    ResolveCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws Exception {
        // Checked before anything is opened or sent: a bad --timeout must not cost a POST.
        Duration limit = timeout.duration();
        try (Session session = cli.open(global)) {
            TrackedTask found = TaskArgument.find(session, task);
            try {
                if (answer.sendAgain) {
                    session.tracker().sendAgain(found.localId());
                } else {
                    session.tracker().adopt(found.localId(), answer.adopt);
                }
            } catch (IllegalStateException e) {
                throw new CliFailure(ExitCodes.FAILED, e.getMessage());
            }
            Follow.Outcome end = new Follow(session.tracker(), Set.of(found.localId()), cli.out(),
                    waitForEnd ? TrackedTask::isSettled : SubmitCommand::sentOrSettled).await(limit);
            session.tracker().flush();
            return TimeoutOption.exitCode(end, cli.err());
        }
    }
}
