package io.reeldrop.cli;

import io.reeldrop.tracking.SubmissionState;
import io.reeldrop.tracking.store.HistoryDocument;
import io.reeldrop.tracking.store.HistoryEntry;
import io.reeldrop.tracking.store.HistoryException;
import io.reeldrop.tracking.store.HistoryStore;
import java.util.ArrayList;
import java.util.List;
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
    public Integer call() throws Exception {
        HistoryStore store = new HistoryStore(global.dataFolder(cli.env()));
        try (AutoCloseable lock = store.lockExclusive()) {
            HistoryDocument doc = store.load().document();
            List<HistoryEntry> matches = new ArrayList<>();
            for (HistoryEntry e : doc.tasks()) {
                if (e.localId().equals(task) || task.equals(e.taskId())) {
                    matches.clear();
                    matches.add(e);
                    break;
                }
                if (e.localId().startsWith(task) || (e.taskId() != null && e.taskId().startsWith(task))) {
                    matches.add(e);
                }
            }
            if (matches.size() != 1) {
                throw new CliFailure(ExitCodes.USAGE, "No task matches \"" + task + "\" (or more than one does)."
                        + " Run 'list' to see the ids.");
            }
            HistoryEntry target = matches.get(0);
            if (target.state() == SubmissionState.SENDING || target.state() == SubmissionState.OUTCOME_UNKNOWN) {
                throw new CliFailure(ExitCodes.FAILED, "\"" + target.submission().displayName() + "\" was being sent"
                        + " when ReelDrop last stopped; run 'watch' once so it is settled, then forget it.");
            }
            List<HistoryEntry> rest = new ArrayList<>(doc.tasks());
            rest.remove(target);
            store.save(new HistoryDocument(doc.schema(), doc.savedAt(), rest, doc.etaRatios()));
            cli.out().println(TaskLines.JSON.createObjectNode().put("forgotten", target.localId()));
            return ExitCodes.OK;
        } catch (HistoryException e) {
            throw new CliFailure(ExitCodes.USAGE, e.getMessage());
        }
    }
}
