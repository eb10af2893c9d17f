package io.reeldrop.tracking.eta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.api.Task;
import io.reeldrop.api.TaskStatus;
import io.reeldrop.api.VideoMetadata;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EtaEstimatorTest {

    private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");

    private static Task task(String status, Double duration, Instant estimated) {
        return new Task("t", "i", null, TaskStatus.of(status), T0, T0, estimated,
                new VideoMetadata(duration, "a.mp4", 640, 360), null, null, null, null);
    }

    @Test
    void theApisOwnEstimateWinsWithFullConfidence() {
        Eta eta = new EtaEstimator(Map.of()).estimate(task("indexing", 100.0, T0.plusSeconds(42)), Map.of(), "h", T0);
        assertEquals(new Eta(T0.plusSeconds(42), Eta.Source.API, 1.0), eta);
    }

    @Test
    void beforeAnyHistoryTheDocumentedDefaultAppliesWithLowConfidence() {
        EtaEstimator estimator = new EtaEstimator(Map.of());
        Eta eta = estimator.estimate(task("indexing", 100.0, null), Map.of("indexing", T0), "h", T0.plusSeconds(10));
        // 0.40 s per video second from entering indexing: 40 s, 10 s of it gone
        assertEquals(T0.plusSeconds(40), eta.at());
        assertEquals(Eta.Source.ESTIMATE, eta.source());
        assertEquals(0.2, eta.confidence(), 1e-9);
        Eta unknownDuration = estimator.estimate(null, Map.of(), "h", T0);
        assertEquals(T0.plus(Duration.ofSeconds(180)), unknownDuration.at(), "300 s assumed x 0.60");
        assertEquals(0.1, unknownDuration.confidence(), 1e-9);
        assertNull(estimator.estimate(task("ready", 100.0, null), Map.of(), "h", T0), "done: no ETA");
    }

    @Test
    void finishedTasksTeachTheirHostAndRaiseConfidence() {
        EtaEstimator estimator = new EtaEstimator(Map.of());
        for (int i = 0; i < 6; i++) {
            // seen indexing at T0, ready 20 s later, 100 s video: 0.2 s per video second
            estimator.learn(task("ready", 100.0, null), Map.of("indexing", T0, "ready", T0.plusSeconds(20)), "api.a");
        }
        Eta learned = estimator.estimate(task("indexing", 50.0, null), Map.of("indexing", T0), "api.a", T0);
        assertEquals(T0.plusSeconds(10), learned.at());
        assertEquals(6 / 9.0, learned.confidence(), 1e-9);
        Eta otherHost = estimator.estimate(task("indexing", 50.0, null), Map.of("indexing", T0), "api.b", T0);
        assertEquals(T0.plusSeconds(20), otherHost.at(), "another host still uses the default");
        assertEquals(6, estimator.snapshot().get("api.a").get("indexing").samples());
        assertTrue(new EtaEstimator(estimator.snapshot()).estimate(task("indexing", 50.0, null),
                Map.of("indexing", T0), "api.a", T0).at().equals(T0.plusSeconds(10)), "the snapshot restores it");
    }

    @Test
    void aTaskWithoutDurationOrReadySightingTeachesNothing() {
        EtaEstimator estimator = new EtaEstimator(Map.of());
        assertTrue(!estimator.learn(task("ready", null, null), Map.of("indexing", T0, "ready", T0), "h"));
        assertTrue(!estimator.learn(task("ready", 10.0, null), Map.of("indexing", T0), "h"));
        assertTrue(estimator.snapshot().isEmpty());
    }

    @Test
    void anUploadIsEstimatedAsItsTimeLeftThenTheLearnedProcessingStage() {
        EtaEstimator estimator = new EtaEstimator(Map.of());
        // 20 s of upload left, then 0.65 s per video second of processing, for a 100 s video
        Eta uploading = estimator.estimateUpload(Duration.ofSeconds(20), 100.0, Map.of(), "h", T0);
        assertEquals(T0.plusSeconds(20 + 65), uploading.at());

        Task ready = new Task("t", "i", null, TaskStatus.READY, T0, T0, null, new VideoMetadata(100.0, "a.mp4", 640,
                360), null, null, null, null);
        assertTrue(estimator.learn(ready, Map.of("processing", T0, "ready", T0.plusSeconds(30)), "h"));
        Eta learnt = estimator.estimateUpload(null, 100.0, Map.of("processing", T0), "h", T0.plusSeconds(10));
        assertEquals(T0.plusSeconds(30), learnt.at(), "0.30 s per video second, learned; 10 s of it gone");
    }
}
