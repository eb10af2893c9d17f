package io.reeldrop.tracking.eta;

import io.reeldrop.api.Task;
import io.reeldrop.api.TaskStatus;
import io.reeldrop.tracking.Eta;
import io.reeldrop.tracking.store.LearnedRatio;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Says when a task should be done.
 *
 * <p>The model: each stage ({@code validating}, {@code pending}, {@code queued},
 * {@code indexing}) takes a number of seconds per second of video. Before any history the
 * documented defaults below apply (confidence {@value #DEFAULT_CONFIDENCE}); every task that
 * ends {@code ready} with a known duration teaches the stages it was seen in, per API host,
 * as a running mean over the last {@value #MEMORY} tasks. Confidence grows with the number of
 * samples up to {@value #MAX_CONFIDENCE}; an unknown duration (still validating) assumes
 * {@link #ASSUMED_DURATION_SECONDS} seconds and halves the confidence.
 *
 * <p>Defaults (seconds per video second): validating 0.05, pending 0.05, queued 0.10,
 * indexing 0.40; each stage at least {@link #MIN_STAGE_SECONDS} seconds.
 *
 * <p>Thread-safe.
 */
public final class EtaEstimator {

    public static final List<String> STAGES = List.of("validating", "pending", "queued", "indexing");
    public static final Map<String, Double> DEFAULT_RATIOS =
            Map.of("validating", 0.05, "pending", 0.05, "queued", 0.10, "indexing", 0.40);
    public static final double ASSUMED_DURATION_SECONDS = 300;
    public static final double MIN_STAGE_SECONDS = 2;
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
        int from = STAGES.indexOf(stage);
        if (from < 0) {
            from = 0; // "uploading" or a status this build does not know: assume the whole way
        }
        Double known = task == null ? null : task.metadata().duration();
        double duration = known != null && known > 0 ? known : ASSUMED_DURATION_SECONDS;
        double remaining = 0;
        int fewestSamples = Integer.MAX_VALUE;
        synchronized (this) {
            Map<String, LearnedRatio> hostRatios = ratios.getOrDefault(host, Map.of());
            for (int i = from; i < STAGES.size(); i++) {
                String s = STAGES.get(i);
                LearnedRatio r = hostRatios.get(s);
                double ratio = r != null ? r.secondsPerVideoSecond() : DEFAULT_RATIOS.get(s);
                fewestSamples = Math.min(fewestSamples, r != null ? r.samples() : 0);
                double stageSeconds = Math.max(MIN_STAGE_SECONDS, ratio * duration);
                if (i == from && statusTimes.containsKey(s)) {
                    double spent = Duration.between(statusTimes.get(s), now).toMillis() / 1000.0;
                    stageSeconds = Math.max(MIN_STAGE_SECONDS / 2, stageSeconds - spent);
                }
                remaining += stageSeconds;
            }
        }
        double confidence = fewestSamples == 0 ? DEFAULT_CONFIDENCE
                : Math.min(MAX_CONFIDENCE, fewestSamples / (fewestSamples + 3.0));
        if (known == null) {
            confidence /= 2;
        }
        return new Eta(now.plusMillis(Math.round(remaining * 1000)), Eta.Source.ESTIMATE, confidence);
    }

    /**
     * Learns from a task that ended {@code ready}: the time between the first sighting of each
     * stage and of the next one, per second of video.
     *
     * @return true when something was learned
     */
    public boolean learn(Task task, Map<String, Instant> statusTimes, String host) {
        if (task == null || !task.status().equals(TaskStatus.READY)) {
            return false;
        }
        Double duration = task.metadata().duration();
        if (duration == null || duration <= 0) {
            return false;
        }
        boolean learned = false;
        synchronized (this) {
            Map<String, LearnedRatio> hostRatios = ratios.computeIfAbsent(host, h -> new HashMap<>());
            for (int i = 0; i < STAGES.size(); i++) {
                Instant start = statusTimes.get(STAGES.get(i));
                Instant end = nextSighting(statusTimes, i);
                if (start == null || end == null || end.isBefore(start)) {
                    continue;
                }
                double ratio = Duration.between(start, end).toMillis() / 1000.0 / duration;
                LearnedRatio old = hostRatios.get(STAGES.get(i));
                int n = old == null ? 0 : Math.min(old.samples(), MEMORY - 1);
                double mean = old == null ? ratio : (old.secondsPerVideoSecond() * n + ratio) / (n + 1);
                hostRatios.put(STAGES.get(i), new LearnedRatio(mean, (old == null ? 0 : old.samples()) + 1));
                learned = true;
            }
        }
        return learned;
    }

    private static Instant nextSighting(Map<String, Instant> statusTimes, int stage) {
        for (int j = stage + 1; j < STAGES.size(); j++) {
            Instant t = statusTimes.get(STAGES.get(j));
            if (t != null) {
                return j == stage + 1 ? t : null; // a skipped stage makes the span ambiguous
            }
        }
        return statusTimes.get(TaskStatus.READY.value());
    }

    /** A copy to persist. */
    public synchronized Map<String, Map<String, LearnedRatio>> snapshot() {
        Map<String, Map<String, LearnedRatio>> copy = new HashMap<>();
        ratios.forEach((host, stages) -> copy.put(host, Map.copyOf(stages)));
        return copy;
    }
}
