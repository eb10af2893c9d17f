package io.reeldrop.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.tracking.model.Submission;
import io.reeldrop.tracking.model.SubmissionState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeBusTest {

    private final ManualExecutor executor = new ManualExecutor();
    private final List<List<String>> batches = new ArrayList<>();
    private final List<List<String>> removals = new ArrayList<>();
    private final List<Instant> times = new ArrayList<>();
    private final ChangeBus bus = new ChangeBus(executor, Duration.ofMillis(100),
            id -> new TrackedTask(id, Submission.ofUrl("0123456789abcdef01234567", null, "https://e.com/" + id),
                    SubmissionState.QUEUED, null, null, null, null, null, 0, 0),
            () -> new TrackerHealth(null, null, 0));

    ChangeBusTest() {
        bus.addListener((changed, removed, health) -> {
            batches.add(changed.stream().map(TrackedTask::localId).toList());
            removals.add(removed);
            times.add(executor.clock().instant());
        });
    }

    @Test
    void aThousandChangesInOneIntervalArriveAsOneBatchWithTheLatestOfEach() {
        for (int i = 0; i < 1000; i++) {
            bus.changed("t" + (i % 10));
        }
        executor.advance(Duration.ofMillis(100));

        assertEquals(1, batches.size());
        assertEquals(10, batches.get(0).size(), "each task once, however often it changed");
    }

    @Test
    void batchesComeAtMostOncePerInterval() {
        for (int ms = 0; ms < 1000; ms += 10) {
            bus.changed("t" + ms);
            executor.advance(Duration.ofMillis(10));
        }
        executor.advance(Duration.ofMillis(200));

        // the first change goes out at once, then at most one batch per 100 ms
        assertEquals(11, batches.size(), "1 s of steady changes gives about ten batches, not a hundred");
        for (int i = 1; i < times.size(); i++) {
            assertTrue(Duration.between(times.get(i - 1), times.get(i)).toMillis() >= 100, times.toString());
        }
        assertEquals(100, batches.stream().mapToInt(List::size).sum(), "no change is lost");
    }

    @Test
    void aForgottenTaskIsReportedRemovedAndNotChanged() {
        bus.changed("a");
        bus.removed("a");
        executor.advance(Duration.ofMillis(100));

        assertEquals(List.of(List.of()), batches);
        assertEquals(List.of(List.of("a")), removals);
    }

    @Test
    void aListenerThatThrowsStopsNeitherTheOthersNorLaterBatches() {
        List<String> seenByLater = new ArrayList<>();
        bus.addListener((changed, removed, health) -> {
            throw new IllegalStateException("a buggy window");
        });
        bus.addListener((changed, removed, health) -> changed.forEach(t -> seenByLater.add(t.localId())));

        bus.changed("a");
        executor.advance(Duration.ofMillis(100));
        bus.changed("b");
        executor.advance(Duration.ofMillis(200));

        assertEquals(List.of("a", "b"), seenByLater);
        assertEquals(List.of(List.of("a"), List.of("b")), batches, "listeners before it are served too");
    }

    @Test
    void nothingIsSentWhenNothingChanged() {
        executor.advance(Duration.ofSeconds(10));
        assertEquals(0, batches.size());
    }
}
