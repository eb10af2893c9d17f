package io.reeldrop.cli;

import io.reeldrop.folderwatch.FolderWatcher;
import io.reeldrop.folderwatch.HandoverLedger;
import io.reeldrop.folderwatch.WatchedFolder;
import io.reeldrop.session.Session;
import io.reeldrop.tracking.model.UploadFlow;
import io.reeldrop.tracking.SubmitOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "watch-folder", mixinStandardHelpOptions = true,
        description = {"Sends each new video file in DIR to an index once it has stopped growing, one JSON line per"
                + " file handed over. Each file is sent once, across runs too (the window's watch shares the record);"
                + " videos already in DIR when it is first watched are left alone unless --include-existing.",
            "Runs until Ctrl-C or --stop-after; --once sends what has arrived and exits."})
final class WatchFolderCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder to watch (its own files, not sub-folders).")
    Path folder;

    @Option(names = "--index", required = true, paramLabel = "ID", description = "Index id (24 hexadecimal characters).")
    String index;

    @Option(names = "--stable-seconds", paramLabel = "S", defaultValue = "5",
            description = "How long a file's size must stay the same before it is sent (default 5).")
    double stableSeconds;

    @Option(names = "--include-existing", description = "At the first watch of DIR, send the videos already there too.")
    boolean includeExisting;

    @Option(names = "--once", description = "Send what has arrived since the last run, once it settles, then exit.")
    boolean once;

    @Option(names = "--stop-after", paramLabel = "SECONDS", description = "Stop watching after this many seconds.")
    Long stopAfter;

    @Option(names = "--flow", paramLabel = "assets|tasks",
            description = "How each video is sent: on API v1.3 the assets flow by default, or the legacy tasks flow.")
    String flow;

    private final Cli cli;

    WatchFolderCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws Exception {
        WatchedFolder watch = checkedWatch();
        Duration stable = Duration.ofMillis(Math.round(stableSeconds * 1000));
        try (Session session = cli.open(global)) {
            HandoverLedger ledger = HandoverLedger.in(cli.launchOptions(global).dataFolder());
            Printer printer = new Printer();
            UploadFlow sendAs = UploadOptions.flow(flow, session.connection().version().pathSegment());
            FolderWatcher watcher = new FolderWatcher(watch, session.tracker(), sendAs, ledger,
                    FolderWatcher.Timing.stableFor(stable), includeExisting, printer, Clock.systemUTC());
            cli.err().println("Watching " + watch.folder() + " for new videos (sent once unchanged for "
                    + stableSeconds + " s)" + (once ? "." : "; Ctrl-C stops."));
            if (once) {
                lookUntilSettled(watcher, stable);
            } else {
                watchUntilStopped(watcher);
            }
            watcher.close();
            if (printer.accepted.isEmpty()) {
                return printer.refused.get() ? ExitCodes.FAILED : ExitCodes.OK;
            }
            // Uploads run on the engine's threads: wait until each is sent, as 'submit' does.
            Follow.Outcome end = new Follow(session.tracker(), printer.accepted, cli.out(),
                    SubmitCommand::sentOrSettled).await(null);
            session.tracker().flush();
            int code = TimeoutOption.exitCode(end, cli.err());
            return printer.refused.get() ? ExitCodes.FAILED : code;
        }
    }

    private WatchedFolder checkedWatch() {
        if (!Files.isDirectory(folder)) {
            throw new CliFailure(ExitCodes.USAGE, folder + " is not a folder. Give the folder whose new videos"
                    + " should be sent.");
        }
        if (!(stableSeconds >= 0) || Double.isInfinite(stableSeconds)) {
            throw new CliFailure(ExitCodes.USAGE, "--stable-seconds must be zero or more, was " + stableSeconds + ".");
        }
        if (stopAfter != null && stopAfter <= 0) {
            throw new CliFailure(ExitCodes.USAGE, "--stop-after must be a positive number of seconds, was "
                    + stopAfter + ".");
        }
        try {
            return WatchedFolder.of(folder, index);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(ExitCodes.USAGE, e.getMessage());
        }
    }

    /** Looks until no new file is still settling: the first look may only begin the watch. */
    private void lookUntilSettled(FolderWatcher watcher, Duration stable) throws InterruptedException {
        long pause = FolderWatcher.Timing.stableFor(stable).lookEvery().toMillis();
        watcher.look();
        int settling;
        do {
            TimeUnit.MILLISECONDS.sleep(pause); // the pace of the looks, not a synchronisation
            settling = watcher.look();
        } while (settling > 0);
    }

    private void watchUntilStopped(FolderWatcher watcher) throws InterruptedException {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "reeldrop-watch-folder");
            t.setDaemon(true);
            return t;
        });
        try {
            watcher.start(scheduler);
            CountDownLatch never = new CountDownLatch(1);
            if (stopAfter == null) {
                never.await();
            } else {
                never.await(stopAfter, TimeUnit.SECONDS);
            }
        } finally {
            watcher.close();
            scheduler.shutdown();
            scheduler.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    /** Prints each file handed over, and remembers which became tasks. */
    private final class Printer implements FolderWatcher.Listener {

        final Set<String> accepted = ConcurrentHashMap.newKeySet();
        final AtomicBoolean refused = new AtomicBoolean();

        @Override
        public void began(WatchedFolder watch, int alreadyThere) {
            if (alreadyThere > 0) {
                cli.err().println(alreadyThere + " video" + (alreadyThere == 1 ? " was" : "s were") + " already in "
                        + watch.folder() + " and " + (alreadyThere == 1 ? "is" : "are") + " left alone; only new ones"
                        + " are sent (--include-existing at the first watch sends them too).");
            }
        }

        @Override
        public void handedOver(WatchedFolder watch, List<SubmitOutcome> outcomes) {
            for (SubmitOutcome o : outcomes) {
                cli.out().println(TaskLines.outcome(o));
                if (o.kind() == SubmitOutcome.Kind.ACCEPTED) {
                    accepted.add(o.tracked().localId());
                } else if (o.kind() == SubmitOutcome.Kind.REJECTED) {
                    refused.set(true);
                }
            }
            cli.out().flush();
        }

        @Override
        public void trouble(WatchedFolder watch, String sentence) {
            if (sentence != null) {
                cli.err().println(sentence);
            }
        }
    }
}
