package io.reeldrop.cli;

import io.reeldrop.tracking.HistoryViews;
import io.reeldrop.tracking.TrackedTask;
import io.reeldrop.tracking.store.HistoryException;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "forget", mixinStandardHelpOptions = true,
        description = "Removes a task from the history (not from the server). Needs no API key.")
final class ForgetCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

    @Parameters(paramLabel = "TASK", description = "Local id, task id, or a unique prefix of either (see 'list').")
    String task;

    private final Cli cli;

    ForgetCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        TrackedTask forgotten;
        try {
            forgotten = HistoryViews.forget(cli.launchOptions(global).dataFolder(), task, Clock.systemUTC());
        } catch (HistoryException | IllegalArgumentException e) {
            throw new CliFailure(ExitCodes.USAGE, e.getMessage());
        } catch (IllegalStateException e) {
            throw new CliFailure(ExitCodes.FAILED, e.getMessage());
        }
        cli.out().println(TaskLines.JSON.createObjectNode().put("forgotten", forgotten.localId()));
        return ExitCodes.OK;
    }
}
