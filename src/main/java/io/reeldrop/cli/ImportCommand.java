package io.reeldrop.cli;

import io.reeldrop.session.Session;
import io.reeldrop.tracking.SubmissionRules;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Tracks the tasks of an index that were started elsewhere (SDK, Playground).")
final class ImportCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

    @Option(names = "--index", required = true, paramLabel = "ID", description = "Index id (24 hexadecimal characters).")
    String index;

    private final Cli cli;

    ImportCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        String problem = SubmissionRules.indexProblem(index);
        if (problem != null) {
            throw new CliFailure(ExitCodes.USAGE, problem);
        }
        try (Session session = cli.open(global)) {
            int added = session.tracker().importExisting(index);
            cli.out().println(TaskLines.JSON.createObjectNode().put("index_id", index).put("imported", added));
            return ExitCodes.OK;
        }
    }
}
