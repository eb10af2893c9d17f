package io.reeldrop.ui;

import io.reeldrop.api.Task;
import io.reeldrop.api.TaskProcess;
import io.reeldrop.api.TaskStatus;
import io.reeldrop.api.VideoMetadata;
import io.reeldrop.tracking.TrackedTask;
import io.reeldrop.tracking.TrackerHealth;
import io.reeldrop.tracking.eta.Eta;
import io.reeldrop.tracking.model.Submission;
import io.reeldrop.tracking.model.SubmissionState;
import io.reeldrop.ui.support.FxTaskExecutor;
import io.reeldrop.ui.support.TaskExecutor;
import io.reeldrop.ui.table.TaskRow;
import io.reeldrop.ui.table.TaskTableView;
import io.reeldrop.ui.table.TaskTableViewModel;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.stage.Stage;

/**
 * Feeds synthetic engine batches into the real table view: 10,000 rows, 1,000 status changes
 * per second in 100 ms batches (the engine's coalescing interval), sorted by status so every
 * change also moves rows. Reports, per pulse, the FX thread's work (applying the batch, then
 * CSS and layout of the visible cells) and the interval between pulses, plus heap used.
 *
 * <p>Headless by default (Monocle, software rendering); pass {@code --display} to use the real
 * screen (e.g. under Xvfb). Other arguments: {@code rows=10000 rate=1000 seconds=20 selected=0}; with
 * {@code selected=N}, N rows spread over the table are selected first, and the selection is kept
 * through every batch; {@code uploads=P} makes P% of the changes an upload's bytes and rate (the
 * row's text of bytes, rate and time left, and the status tooltip).
 */
public final class TaskTableBenchmark {

    private static final String INDEX = "65f0a1b2c3d4e5f6a7b8c9d0";

    private TaskTableBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> a = Arrays.asList(args);
        int rows = intArg(a, "rows", 10_000);
        int rate = intArg(a, "rate", 1_000);
        int seconds = intArg(a, "seconds", 20);
        int selected = intArg(a, "selected", 0);
        int uploads = intArg(a, "uploads", 0);
        if (!a.contains("--display")) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();

        FakeTracker tracker = new FakeTracker();
        List<Submission> subs = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            subs.add(Submission.ofUrl(INDEX, null, "https://cdn.example.test/videos/clip-" + i + ".mp4"));
        }
        tracker.submit(subs);
        List<TrackedTask> base = tracker.snapshot();

        Stats apply = new Stats();
        Stats layout = new Stats();
        Stats applyCpu = new Stats();
        Stats layoutCpu = new Stats();
        Stats pulseWork = new Stats();
        Stats pulseCpu = new Stats();
        long[] pendingApplyCpu = new long[1];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] preLayoutCpu = new long[1];
        long[] pendingApply = new long[1];
        Stats frames = new Stats();
        TaskExecutor fx = new FxTaskExecutor();
        TaskTableViewModel model = new TaskTableViewModel(fx);
        CountDownLatch shown = new CountDownLatch(1);
        long[] preLayout = new long[1];

        long[] lastFrame = new long[1];
        boolean[] measuring = new boolean[1];
        Platform.runLater(() -> {
            model.load(tracker);
            TaskTableView view = new TaskTableView(model);
            Scene scene = new Scene(view, 1280, 800);
            scene.getStylesheets().add(ReelDropApp.class.getResource("reeldrop.css").toExternalForm());
            ThemeMode.install(false);
            TableColumn<TaskRow, ?> status = view.table().getColumns().stream().filter(c -> "status".equals(c.getId()))
                    .findFirst().orElseThrow();
            if (!a.contains("sort=none")) {
                view.table().getSortOrder().setAll(List.of(status));
            }
            if (selected > 0) {
                int step = Math.max(1, rows / selected);
                int[] picked = IntStream.range(0, Math.min(selected, rows)).map(i -> i * step).toArray();
                view.table().getSelectionModel().selectIndices(picked[0], Arrays.copyOfRange(picked, 1, picked.length));
            }
            scene.addPreLayoutPulseListener(() -> {
                preLayout[0] = System.nanoTime();
                preLayoutCpu[0] = threads.getCurrentThreadCpuTime();
            });
            scene.addPostLayoutPulseListener(() -> {
                if (measuring[0]) {
                    long wall = System.nanoTime() - preLayout[0];
                    layout.add(wall);
                    long cpu = threads.getCurrentThreadCpuTime() - preLayoutCpu[0];
                    layoutCpu.add(cpu);
                    pulseWork.add(wall + pendingApply[0]);
                    pulseCpu.add(cpu + pendingApplyCpu[0]);
                }
                pendingApply[0] = 0;
                pendingApplyCpu[0] = 0;
            });
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (measuring[0] && lastFrame[0] != 0) {
                        frames.add(now - lastFrame[0]);
                    }
                    lastFrame[0] = now;
                }
            }.start();
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            shown.countDown();
        });
        shown.await();

        TrackerBridge bridge = new TrackerBridge(fx, (changed, removed, health) -> {
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            model.apply(changed, removed);
            if (measuring[0]) {
                long wall = System.nanoTime() - t0;
                apply.add(wall);
                long cpu = threads.getCurrentThreadCpuTime() - c0;
                applyCpu.add(cpu);
                pendingApplyCpu[0] += cpu;
                pendingApply[0] += wall;
            }
        });
        Random random = new Random(42);
        int perBatch = Math.max(1, rate / 10);
        long[] changes = new long[1];
        ScheduledExecutorService engine = Executors.newSingleThreadScheduledExecutor();
        engine.scheduleAtFixedRate(() -> {
            List<TrackedTask> batch = new ArrayList<>(perBatch);
            for (int i = 0; i < perBatch; i++) {
                batch.add(change(base.get(random.nextInt(base.size())), random, uploads));
            }
            changes[0] += batch.size();
            bridge.onBatch(batch, List.of(), new TrackerHealth(null, null, rows));
        }, 0, 100, TimeUnit.MILLISECONDS);

        Thread.sleep(3_000); // warm-up: JIT and first layout, not measured

        Runtime rt = Runtime.getRuntime();
        long changesBefore = changes[0];
        long[] gcBefore = gcTotals();
        measuring[0] = true;
        long start = System.nanoTime();
        Thread.sleep(seconds * 1_000L);
        measuring[0] = false;
        double elapsed = (System.nanoTime() - start) / 1e9;
        long changesDone = changes[0] - changesBefore;
        long[] gcAfter = gcTotals();
        engine.shutdownNow();
        System.gc();
        long heapAfterGc = rt.totalMemory() - rt.freeMemory();

        System.out.printf("rows=%d (%d selected), changes=%d in %.1f s (%.0f/s), batches applied=%d, system load average %.1f"
                + " on %d cores%n", rows, selected, changesDone, elapsed, changesDone / elapsed, apply.count(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.out.println("wall clock (includes time the OS gave other processes):");
        System.out.println("  FX work per pulse (batch + CSS/layout) " + pulseWork.summary());
        System.out.println("  apply one batch                        " + apply.summary());
        System.out.println("  CSS + layout of a pulse                " + layout.summary());
        System.out.println("  interval between pulses                " + frames.summary());
        System.out.println("FX thread CPU time (what this code costs):");
        System.out.println("  FX work per pulse (batch + CSS/layout) " + pulseCpu.summary());
        System.out.println("  apply one batch                        " + applyCpu.summary());
        System.out.println("  CSS + layout of a pulse                " + layoutCpu.summary());
        System.out.printf("GC while measuring: %d collections, %d ms in all%n", gcAfter[0] - gcBefore[0], gcAfter[1] - gcBefore[1]);
        System.out.printf("heap used after GC: %.1f MB (max %.0f MB)%n", heapAfterGc / 1048576.0, rt.maxMemory() / 1048576.0);
        Platform.exit();
        System.exit(0);
    }

    /**
     * The next step of a task's life: queued, pending, indexing with a percentage, ready or failed;
     * or, for {@code uploadsPercent} of the changes, an assets-flow upload's bytes and rate.
     */
    private static TrackedTask change(TrackedTask t, Random random, int uploadsPercent) {
        Instant now = Instant.now();
        if (random.nextInt(100) < uploadsPercent) {
            long total = (1 + random.nextInt(3000)) * 1024L * 1024;
            return new TrackedTask(t.localId(), t.submission(), SubmissionState.UPLOADING, null, null, null,
                    t.submittedAt(), Map.of(), (long) (total * random.nextDouble()), total, List.of(),
                    random.nextInt(40) * 1024.0 * 1024);
        }
        int step = random.nextInt(10);
        TaskStatus status = step < 2 ? TaskStatus.PENDING : step < 3 ? TaskStatus.QUEUED
                : step < 8 ? TaskStatus.INDEXING : step < 9 ? TaskStatus.READY : TaskStatus.FAILED;
        VideoMetadata meta = status.equals(TaskStatus.READY)
                ? new VideoMetadata(30.0 + random.nextInt(600), "clip.mp4", 854, 480) : VideoMetadata.EMPTY;
        TaskProcess process = status.equals(TaskStatus.INDEXING) ? new TaskProcess(random.nextDouble() * 100, 30.0) : null;
        String id = "task" + t.localId();
        Task api = new Task(id, INDEX, "video" + t.localId(), status, t.submittedAt(), now, null, meta, process, null,
                status.equals(TaskStatus.FAILED) ? "video_resolution_too_low" : null, "{}");
        Eta eta = status.isTerminal() ? null : new Eta(now.plusSeconds(30 + random.nextInt(600)), Eta.Source.ESTIMATE, 0.5);
        return new TrackedTask(t.localId(), t.submission(), SubmissionState.SENT, api, null, eta, t.submittedAt(),
                Map.of(status.value(), now), 0, 0);
    }

    /** Collections and milliseconds spent in GC so far, all collectors. */
    private static long[] gcTotals() {
        long count = 0;
        long ms = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
            ms += Math.max(0, gc.getCollectionTime());
        }
        return new long[] {count, ms};
    }

    private static int intArg(List<String> args, String name, int fallback) {
        return args.stream().filter(s -> s.startsWith(name + "=")).map(s -> Integer.parseInt(s.substring(name.length() + 1)))
                .findFirst().orElse(fallback);
    }

    /** Nanosecond samples with percentiles. */
    private static final class Stats {
        private long[] samples = new long[1024];
        private int n;

        synchronized void add(long nanos) {
            if (n == samples.length) {
                samples = Arrays.copyOf(samples, n * 2);
            }
            samples[n++] = nanos;
        }

        synchronized int count() {
            return n;
        }

        synchronized String summary() {
            if (n == 0) {
                return "no samples";
            }
            long[] s = Arrays.copyOf(samples, n);
            Arrays.sort(s);
            return String.format("n=%5d  p50=%6.2f ms  p99=%6.2f ms  max=%6.2f ms",
                    n, ms(s[n / 2]), ms(s[Math.min(n - 1, (int) Math.ceil(n * 0.99) - 1)]), ms(s[n - 1]));
        }

        private static double ms(long nanos) {
            return nanos / 1e6;
        }
    }
}
