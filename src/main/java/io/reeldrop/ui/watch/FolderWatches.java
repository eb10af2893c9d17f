package io.reeldrop.ui.watch;

import io.reeldrop.folderwatch.FolderWatcher;
import io.reeldrop.folderwatch.HandoverLedger;
import io.reeldrop.folderwatch.WatchList;
import io.reeldrop.folderwatch.WatchedFolder;
import io.reeldrop.session.Session;
import io.reeldrop.tracking.model.UploadFlow;
import io.reeldrop.tracking.SubmitOutcome;
import io.reeldrop.ui.support.ErrorText;
import io.reeldrop.ui.support.TaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import org.kordamp.ikonli.feather.Feather;

/**
 * The folders the window watches for the open profile. Started when a profile opens and again
 * after Settings are saved; stopped when the profile closes. Start-up pays nothing: the list is
 * read on a worker once a profile is open, and the looking thread starts with the first watch.
 */
public final class FolderWatches {

    private final TaskExecutor executor;
    private final Path dataFolder;
    private HandoverLedger ledger;
    private final BooleanSupplier legacyTasksFlow;
    private final BiConsumer<String, Feather> tell;
    private volatile FolderWatcher.Timing timing = FolderWatcher.Timing.defaults();
    private final List<FolderWatcher> running = new ArrayList<>();
    private ScheduledExecutorService scheduler;
    private Session session;

    /** @param tell shows a sentence in the window; called on the UI thread */
    /**
     * @param legacyTasksFlow whether the person keeps the legacy tasks flow (Settings > Uploads);
     *     otherwise a v1.3 profile's folders send through the assets flow, as the form does
     */
    public FolderWatches(TaskExecutor executor, Path dataFolder, BooleanSupplier legacyTasksFlow,
                         BiConsumer<String, Feather> tell) {
        this.executor = executor;
        this.dataFolder = dataFolder;
        this.legacyTasksFlow = legacyTasksFlow;
        this.tell = tell;
    }

    /** How long files must rest, and how often folders are looked at; tests make it quick. */
    public void setTiming(FolderWatcher.Timing timing) {
        this.timing = timing;
    }

    /** Watches the folders of {@code next}'s profile (none when null); call on the UI thread. */
    public void start(Session next) {
        stop();
        session = next;
        if (next == null) {
            return;
        }
        String profile = next.connection().profile().id();
        // On a worker: the first read loads the JSON library, which start-up must not wait for.
        executor.execute(() -> WatchList.in(dataFolder).load().stream().filter(e -> e.profile().equals(profile))
                .toList(), entries -> {
            if (session == next) {
                entries.forEach(e -> watch(next, e.watch()));
            }
        }, e -> tell.accept(ErrorText.of("Reading the watched folders", e), Feather.ALERT_TRIANGLE));
    }

    /** The list changed in Settings: watch what it says now. */
    public void reload() {
        start(session);
    }

    private synchronized void watch(Session on, WatchedFolder folder) {
        if (scheduler == null) {
            scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "reeldrop-folder-watch");
                t.setDaemon(true);
                return t;
            });
        }
        if (ledger == null) {
            ledger = HandoverLedger.in(dataFolder);
        }
        UploadFlow flow = legacyTasksFlow.getAsBoolean() ? UploadFlow.TASKS
                : UploadFlow.defaultFor(on.connection().version().pathSegment());
        FolderWatcher w = new FolderWatcher(folder, on.tracker(), flow, ledger, timing, false, new Teller(),
                Clock.systemUTC());
        running.add(w);
        w.start(scheduler);
    }

    /** How many folders are being watched now. */
    public synchronized int watching() {
        return running.size();
    }

    /** Stops every watch; a look under way finishes first. */
    public synchronized void stop() {
        running.forEach(FolderWatcher::close);
        running.clear();
    }

    /** Stops for good: the window is closing. */
    public synchronized void dispose() {
        stop();
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    /** Turns what a watcher reports into the window's sentences. */
    private final class Teller implements FolderWatcher.Listener {

        @Override
        public void began(WatchedFolder watch, int alreadyThere) {
            String name = name(watch);
            say("Watching " + name + (alreadyThere == 0 ? "." : ": the " + alreadyThere + " video"
                    + (alreadyThere == 1 ? "" : "s") + " already there " + (alreadyThere == 1 ? "is" : "are")
                    + " left alone; new ones are sent."), Feather.FOLDER);
        }

        @Override
        public void handedOver(WatchedFolder watch, List<SubmitOutcome> outcomes) {
            List<String> sent = new ArrayList<>();
            for (SubmitOutcome o : outcomes) {
                if (o.kind() == SubmitOutcome.Kind.ACCEPTED) {
                    sent.add(o.input());
                } else {
                    say(o.input() + " from " + name(watch) + " was not sent: " + o.problem(), Feather.ALERT_TRIANGLE);
                }
            }
            if (sent.size() == 1) {
                say("Sending " + sent.get(0) + " from " + name(watch) + ".", Feather.UPLOAD);
            } else if (!sent.isEmpty()) {
                say("Sending " + sent.size() + " new videos from " + name(watch) + ".", Feather.UPLOAD);
            }
        }

        @Override
        public void trouble(WatchedFolder watch, String sentence) {
            if (sentence != null) {
                say(sentence, Feather.ALERT_TRIANGLE);
            }
        }

        private void say(String sentence, Feather icon) {
            executor.runOnUi(() -> tell.accept(sentence, icon));
        }

        private String name(WatchedFolder watch) {
            Path n = watch.folder().getFileName();
            return n == null ? watch.folder().toString() : n.toString();
        }
    }
}
