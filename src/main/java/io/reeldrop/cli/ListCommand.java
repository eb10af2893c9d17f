package io.reeldrop.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.reeldrop.listing.ExportFormat;
import io.reeldrop.listing.TaskColumn;
import io.reeldrop.tracking.HistoryViews;
import io.reeldrop.tracking.TrackedTask;
import io.reeldrop.tracking.store.HistoryException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Shows the history, newest first, without contacting the API (works while the window runs).")
final class ListCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

    @Option(names = "--json", description = "One JSON array instead of a table.")
    boolean json;

    @Option(names = "--csv", description = "CSV with a header line: the window's columns in their default order "
            + "(with the profile's name), times in full, then the ids, the URL or file, the HLS URL and user metadata (what File > Export writes).")
    boolean csv;

    private final Cli cli;

    ListCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        if (json && csv) {
            throw new CliFailure(ExitCodes.USAGE, "Choose one of --json and --csv.");
        }
        HistoryViews.Listing listing;
        try {
            listing = HistoryViews.read(cli.launchOptions(global).dataFolder(), Clock.systemUTC());
        } catch (HistoryException e) {
            throw new CliFailure(ExitCodes.USAGE, e.getMessage());
        }
        listing.warnings().forEach(w -> cli.err().println("Warning: " + w));
        if (csv) {
            StringWriter text = new StringWriter();
            try {
                ExportFormat.CSV.write(text, List.of(TaskColumn.values()), listing.tasks(), Instant.now(), id -> null,
                        cli.profileNames(global)::get);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a StringWriter does not fail
            }
            cli.out().print(text);
            cli.out().flush();
        } else if (json) {
            ArrayNode array = TaskLines.JSON.createArrayNode();
            listing.tasks().forEach(t -> array.add(TaskLines.of(t)));
            cli.out().println(array);
        } else {
            cli.out().printf("%-12s  %-10s  %-24s  %s%n", "ID", "STATUS", "TASK", "VIDEO");
            for (TrackedTask t : listing.tasks()) {
                // One row per task, whatever a note or a name holds: line breaks would pose as rows.
                cli.out().printf("%-12s  %-10s  %-24s  %s%s%n", t.localId(), TaskLines.status(t),
                        t.task() == null ? "-" : TerminalText.oneLine(t.task().id()),
                        TerminalText.oneLine(t.submission().displayName()),
                        t.note() == null ? "" : "  (" + TerminalText.oneLine(t.note()) + ")");
            }
        }
        return ExitCodes.OK;
    }
}
