package io.reeldrop.folderwatch;

import io.reeldrop.folderwatch.HandoverLedger.Handed;
import io.reeldrop.folderwatch.HandoverLedger.Outcome;
import io.reeldrop.tracking.SubmitOutcome;
import io.reeldrop.tracking.TaskTracker;
import io.reeldrop.tracking.model.Submission;
import io.reeldrop.tracking.model.UploadFlow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Watches one folder: looks at it every {@link Timing#lookEvery}, and hands each new video to
 * the engine once its size and time have stayed the same for {@link Timing#stableFor}. Files
 * already in the folder when the watch first looks are left alone unless asked otherwise, since
 * each upload is paid for. A folder is listed, not followed through OS events: a listing every
 * few seconds costs next to nothing, works the same on network shares and on every OS, and the
 * sizes have to be looked at again anyway until a file settles.
 *
 * <p>Sent once: the engine writes a submission to its history before sending it, and the
 * {@link HandoverLedger} records the file right after; a crash between the two is caught by the
 * engine's duplicate check at the next look.
 */
public final class FolderWatcher implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(FolderWatcher.class.getName());

    /** How long a file must stay unchanged, and how often the folder is listed. */
    public record Timing(Duration stableFor, Duration lookEvery) {

        public Timing {
            if (stableFor.isNegative() || lookEvery.isNegative() || lookEvery.isZero()) {
                throw new IllegalArgumentException("The stable time must be zero or more and the look interval"
                        + " more than zero.");
            }
        }

        /** A few seconds of quiet, looked at every second. */
        public static Timing defaults() {
            return new Timing(Duration.ofSeconds(5), Duration.ofSeconds(1));
        }

        public static Timing stableFor(Duration stableFor) {
            Duration every = stableFor.dividedBy(4);
            long ms = Math.max(50, Math.min(1000, every.toMillis()));
            return new Timing(stableFor, Duration.ofMillis(ms));
        }
    }

    /** What a watch tells its front end; called on the watcher's thread. */
    public interface Listener {

        /** The first look found {@code count} videos already there and left them alone. */
        default void began(WatchedFolder watch, int alreadyThere) {
        }

        /** Files went to the engine; one outcome each, in the engine's words. */
        void handedOver(WatchedFolder watch, List<SubmitOutcome> outcomes);

        /** A sentence when the folder cannot be watched now; null once it can again. */
        void trouble(WatchedFolder watch, String sentence);
    }

    private final WatchedFolder watch;
    private final TaskTracker tracker;
    private final HandoverLedger ledger;
    private final Timing timing;
    private final boolean sendExisting;
    private final Listener listener;
    private final Clock clock;
    private final UploadFlow flow;
    private final Settling settling;
    private String trouble;
    private volatile boolean closed;
    private volatile long looks;
    private ScheduledFuture<?> looking;

    /**
     * @param flow how each file is sent: on v1.3 the assets flow, as the form and {@code submit}
     *     send files (big ones in resumable chunks), unless the person keeps the legacy tasks flow
     * @param sendExisting send the videos already in the folder at the watch's first look too
     */
    public FolderWatcher(WatchedFolder watch, TaskTracker tracker, UploadFlow flow, HandoverLedger ledger, Timing timing,
                         boolean sendExisting, Listener listener, Clock clock) {
        this.watch = Objects.requireNonNull(watch, "watch");
        this.tracker = Objects.requireNonNull(tracker, "tracker");
        this.flow = Objects.requireNonNull(flow, "flow");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.timing = timing;
        this.sendExisting = sendExisting;
        this.listener = listener;
        this.clock = clock;
        this.settling = new Settling(timing.stableFor());
    }

    public WatchedFolder watch() {
        return watch;
    }

    /** How many looks this watcher has taken; a front end can show that it is alive. */
    public long looks() {
        return looks;
    }

    /** Looks now and then every {@link Timing#lookEvery} on {@code scheduler}, until closed. */
    public synchronized void start(ScheduledExecutorService scheduler) {
        if (looking == null && !closed) {
            looking = scheduler.scheduleWithFixedDelay(this::lookQuietly, 0, timing.lookEvery().toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    private void lookQuietly() {
        try {
            look();
        } catch (RuntimeException e) {
            // A scheduled task that throws is never run again: report, and look again next time.
            LOG.log(Level.WARNING, "Looking at " + watch.folder() + " failed", e);
            report(e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    /**
     * One look at the folder: hands over what has settled.
     *
     * @return how many new videos are still growing or waiting to settle
     */
    public synchronized int look() {
        if (closed) {
            return 0;
        }
        looks++;
        List<Path> videos;
        try {
            videos = listVideos();
        } catch (IOException | UncheckedIOException e) {
            report("The watched folder " + watch.folder() + " cannot be read (" + e.getMessage() + "). Check that"
                    + " it exists and is readable; ReelDrop looks again by itself.");
            return 0;
        }
        Instant now = clock.instant();
        if (!ledger.hasLooked(watch)) {
            ledger.began(watch, sendExisting ? List.of() : videos, Outcome.ALREADY_THERE, now);
            report(null);
            if (!sendExisting) {
                listener.began(watch, videos.size());
                return 0;
            }
        }
        List<Path> settled = new ArrayList<>();
        List<Long> sizes = new ArrayList<>();
        Set<Path> waiting = new HashSet<>();
        for (Path video : videos) {
            if (ledger.knows(watch, video)) {
                continue;
            }
            BasicFileAttributes a;
            try {
                a = Files.readAttributes(video, BasicFileAttributes.class);
            } catch (IOException e) {
                continue; // gone between the listing and now, or not readable yet: next look
            }
            if (settling.settled(video, a.size(), a.lastModifiedTime().toMillis(), now)) {
                settled.add(video);
                sizes.add(a.size());
            } else {
                waiting.add(video);
            }
        }
        settling.retainOnly(waiting);
        report(null);
        if (!settled.isEmpty()) {
            handOver(settled, sizes, now);
        }
        return waiting.size();
    }

    private void handOver(List<Path> settled, List<Long> sizes, Instant now) {
        List<Submission> submissions = new ArrayList<>();
        for (Path p : settled) {
            submissions.add(Submission.ofFile(watch.indexId(), null, p).withFlow(flow));
        }
        List<SubmitOutcome> outcomes = tracker.submit(submissions);
        List<Handed> handed = new ArrayList<>();
        for (int i = 0; i < settled.size(); i++) {
            SubmitOutcome o = outcomes.get(i);
            Outcome outcome = switch (o.kind()) {
                case ACCEPTED -> Outcome.SENT;
                case DUPLICATE -> Outcome.DUPLICATE;
                default -> Outcome.REFUSED;
            };
            handed.add(new Handed(settled.get(i), sizes.get(i), outcome, o.problem()));
        }
        ledger.handedOver(watch, handed, now);
        listener.handedOver(watch, outcomes);
    }

    private List<Path> listVideos() throws IOException {
        if (!Files.isDirectory(watch.folder())) {
            throw new IOException("it is not a folder, or it is gone");
        }
        List<Path> videos = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(watch.folder(), VideoFiles::isVideo)) {
            for (Path p : entries) {
                if (Files.isRegularFile(p)) {
                    videos.add(p.toAbsolutePath().normalize());
                }
            }
        }
        videos.sort(null);
        return videos;
    }

    /** Tells the listener when the trouble changes, not on every look. */
    private void report(String sentence) {
        if (!Objects.equals(sentence, trouble)) {
            trouble = sentence;
            listener.trouble(watch, sentence);
        }
    }

    /** Stops looking; a look under way finishes first. */
    @Override
    public void close() {
        closed = true;
        ScheduledFuture<?> f;
        synchronized (this) {
            f = looking;
        }
        if (f != null) {
            f.cancel(false);
        }
    }
}
