package io.reeldrop.tracking.eta;

import io.reeldrop.api.Task;
import io.reeldrop.api.TaskStatus;
import io.reeldrop.tracking.store.LearnedRatio;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Says when a task should be done.
 *
 * <p>The model: for each stage ({@code validating}, {@code pending}, {@code queued},
 * {@code indexing}), the time from first seeing a task in that stage until it is ready, per
 * second of video ({@code validating} is measured on the server's clock, from
 * {@code created_at} to the ready task's {@code updated_at}). Learned that way, a stage the poller skipped (a task can pass several
 * between two looks) costs nothing: any stage seen plus {@code ready} seen is one sample.
 * Before any history the documented defaults below apply (confidence
 * {@value #DEFAULT_CONFIDENCE}); every task that ends {@code ready} with a known duration
 * teaches each stage it was seen in, per API host, as a running mean over the last
 * {@value #MEMORY} tasks. Confidence grows with the samples of the current stage up to
 * {@value #MAX_CONFIDENCE}; an unknown duration (still validating) assumes
 * {@link #ASSUMED_DURATION_SECONDS} seconds of video and halves the confidence.
 *
 * <p>Defaults (seconds until ready per video second, from entering the stage): validating
 * 0.60, pending 0.55, queued 0.50, indexing 0.40; never less than {@link #MIN_SECONDS} left.
 *
 * <p>Thread-safe.
 */
public final class EtaEstimator {

    public static final List<String> STAGES = List.of("processing", "validating", "pending", "queued", "indexing");
    /**
     * {@code processing} is the assets flow's stage between an uploaded asset and a ready indexed
     * asset: the asset's processing, then indexing.
     */
    public static final Map<String, Double> DEFAULT_RATIOS =
            Map.of("processing", 0.65, "validating", 0.60, "pending", 0.55, "queued", 0.50, "indexing", 0.40);
    public static final double ASSUMED_DURATION_SECONDS = 300;
    public static final double MIN_SECONDS = 1;
    static final double DEFAULT_CONFIDENCE = 0.2;
    static final double MAX_CONFIDENCE = 0.9;
    static final int MEMORY = 50;

    private final Map<String, Map<String, LearnedRatio>> ratios = new HashMap<>();

    public EtaEstimator(Map<String, Map<String, LearnedRatio>> learned) {
        learned.forEach((host, stages) -> ratios.put(host, new HashMap<>(stages)));
    }

    /** The estimate for a task on {@code host}, or null when it is done or not sent. */
    public Eta estimate(Task task, Map<String, Instant> statusTimes, String host, Instant now) {
        if (task != null && task.status().isTerminal()) {
            return null;
        }
        if (task != null && task.estimatedTime() != null) {
            return new Eta(task.estimatedTime(), Eta.Source.API, 1.0);
        }
        String stage = task == null ? "validating" : task.status().value();
        if (!STAGES.contains(stage)) {
            stage = "validating"; // "uploading" or a status this build does not know: assume the whole way
        }
        Double known = task == null ? null : task.metadata().duration();
        double duration = known != null && known > 0 ? known : ASSUMED_DURATION_SECONDS;
        LearnedRatio learned;
        synchronized (this) {
            learned = ratios.getOrDefault(host, Map.of()).get(stage);
        }
        double ratio = learned != null ? learned.secondsPerVideoSecond() : DEFAULT_RATIOS.get(stage);
        double remaining = ratio * duration;
        Instant enteredAt = statusTimes.get(stage);
        if (enteredAt != null) {
            remaining -= Duration.between(enteredAt, now).toMillis() / 1000.0;
        }
        remaining = Math.max(MIN_SECONDS, remaining);
        int samples = learned == null ? 0 : learned.samples();
        double confidence = samples == 0 ? DEFAULT_CONFIDENCE : Math.min(MAX_CONFIDENCE, samples / (samples + 3.0));
        if (known == null) {
            confidence /= 2;
        }
        return new Eta(now.plusMillis(Math.round(remaining * 1000)), Eta.Source.ESTIMATE, confidence);
    }

    /**
     * The estimate for an upload of the assets flow that is not indexed yet: the upload's time left
     * at its recent rate (null once the bytes are up), then the learned {@code processing} stage.
     *
     * @param duration the video's length when known (a pre-flight found it), else null
     */
    public Eta estimateUpload(Duration uploadLeft, Double duration, Map<String, Instant> statusTimes, String host,
                              Instant now) {
        double seconds = duration != null && duration > 0 ? duration : ASSUMED_DURATION_SECONDS;
        LearnedRatio learned;
        synchronized (this) {
            learned = ratios.getOrDefault(host, Map.of()).get("processing");
        }
        double ratio = learned != null ? learned.secondsPerVideoSecond() : DEFAULT_RATIOS.get("processing");
        double afterUpload = ratio * seconds;
        Instant processingSince = statusTimes.get("processing");
        if (uploadLeft == null && processingSince != null) {
            afterUpload -= Duration.between(processingSince, now).toMillis() / 1000.0;
        }
        double remaining = Math.max(MIN_SECONDS, afterUpload) + (uploadLeft == null ? 0 : uploadLeft.toMillis() / 1000.0);
        int samples = learned == null ? 0 : learned.samples();
        double confidence = samples == 0 ? DEFAULT_CONFIDENCE : Math.min(MAX_CONFIDENCE, samples / (samples + 3.0));
        return new Eta(now.plusMillis(Math.round(remaining * 1000)), Eta.Source.ESTIMATE,
                duration == null ? confidence / 2 : confidence);
    }

    /**
     * Learns from a task that ended {@code ready}: for each stage it was seen in, the time from
     * that first sighting to the first sighting of {@code ready}, per second of video.
     *
     * @return true when something was learned
     */
    public boolean learn(Task task, Map<String, Instant> statusTimes, String host) {
        if (task == null || !task.status().equals(TaskStatus.READY)) {
            return false;
        }
        Double duration = task.metadata().duration();
        Instant ready = statusTimes.get(TaskStatus.READY.value());
        if (duration == null || duration <= 0 || ready == null) {
            return false;
        }
        boolean learned = false;
        synchronized (this) {
            for (String stage : STAGES) {
                Instant seen = statusTimes.get(stage);
                Instant end = ready;
                if (stage.equals("validating") && statusTimes.containsKey("processing")) {
                    continue; // an indexed asset never validates, and its updated_at moves only with metadata
                }
                if (stage.equals("validating") && task.createdAt() != null && task.updatedAt() != null) {
                    // Every task starts validating at created_at: the server's own clock, exact
                    // even when the poller first saw the task later (or already ready).
                    seen = task.createdAt();
                    end = task.updatedAt();
                }
                if (seen == null || seen.isAfter(end)) {
                    continue;
                }
                double ratio = Duration.between(seen, end).toMillis() / 1000.0 / duration;
                Map<String, LearnedRatio> hostRatios = ratios.computeIfAbsent(host, h -> new HashMap<>());
                LearnedRatio old = hostRatios.get(stage);
                int n = old == null ? 0 : Math.min(old.samples(), MEMORY - 1);
                double mean = old == null ? ratio : (old.secondsPerVideoSecond() * n + ratio) / (n + 1);
                hostRatios.put(stage, new LearnedRatio(mean, (old == null ? 0 : old.samples()) + 1));
                learned = true;
            }
        }
        return learned;
    }

    /** A copy to persist. */
    public synchronized Map<String, Map<String, LearnedRatio>> snapshot() {
        Map<String, Map<String, LearnedRatio>> copy = new HashMap<>();
        ratios.forEach((host, stages) -> copy.put(host, Map.copyOf(stages)));
        return copy;
    }
}
