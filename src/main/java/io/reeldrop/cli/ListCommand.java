package io.reeldrop.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.reeldrop.tracking.TrackedTask;
import io.reeldrop.tracking.store.HistoryEntry;
import io.reeldrop.tracking.store.HistoryException;
import io.reeldrop.tracking.store.HistoryStore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Shows the history, newest first, without contacting the API.")
final class ListCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

    @Option(names = "--json", description = "One JSON array instead of a table.")
    boolean json;

    private final Cli cli;

    ListCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        HistoryStore.Loaded loaded;
        try {
            loaded = new HistoryStore(global.dataFolder(cli.env())).load();
        } catch (HistoryException e) {
            throw new CliFailure(ExitCodes.USAGE, e.getMessage());
        }
        loaded.warnings().forEach(w -> cli.err().println("Warning: " + w));
        List<TrackedTask> tasks = new ArrayList<>();
        for (HistoryEntry e : loaded.document().tasks()) {
            tasks.add(view(e));
        }
        Collections.reverse(tasks);
        if (json) {
            ArrayNode array = TaskLines.JSON.createArrayNode();
            tasks.forEach(t -> array.add(TaskLines.of(t)));
            cli.out().println(array);
        } else {
            cli.out().printf("%-12s  %-10s  %-24s  %s%n", "ID", "STATUS", "TASK", "VIDEO");
            for (TrackedTask t : tasks) {
                String status = t.task() != null ? t.task().status().value()
                        : t.state().name().toLowerCase(Locale.ROOT).replace('_', ' ');
                cli.out().printf("%-12s  %-10s  %-24s  %s%s%n", t.localId(), status,
                        t.task() == null ? "-" : t.task().id(), t.submission().displayName(),
                        t.note() == null ? "" : "  (" + t.note() + ")");
            }
        }
        return ExitCodes.OK;
    }

    static TrackedTask view(HistoryEntry e) {
        return new TrackedTask(e.localId(), e.submission(), e.state(), e.task(), e.note(), null, e.submittedAt(),
                e.statusTimes(), 0, 0);
    }
}
