package io.reeldrop.cli;

import io.reeldrop.session.Session;
import io.reeldrop.tracking.TrackedTask;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Follows every unfinished task of the connected API until it is ready or failed, one JSON line"
                + " per change. Exit 0 when all end ready, 1 when any failed.")
final class WatchCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

    @Mixin
    TimeoutOption timeout;

    private final Cli cli;

    WatchCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws Exception {
        // Checked before anything is opened or sent: a bad --timeout must not cost a POST.
        Duration limit = timeout.duration();
        try (Session session = cli.open(global)) {
            Set<String> active = new LinkedHashSet<>();
            for (TrackedTask t : session.tracker().snapshot()) {
                if (!t.isSettled() && session.tracker().isFollowed(t.localId())) {
                    active.add(t.localId());
                }
            }
            if (active.isEmpty()) {
                cli.err().println("Nothing to watch: every task of this API is ready, failed or not sent.");
                return ExitCodes.OK;
            }
            Follow.Outcome end = new Follow(session.tracker(), active, cli.out(), TrackedTask::isSettled)
                    .await(limit);
            return TimeoutOption.exitCode(end, cli.err());
        }
    }
}
