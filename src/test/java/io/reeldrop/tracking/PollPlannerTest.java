package io.reeldrop.tracking;

import io.reeldrop.tracking.model.SubmissionState;
import io.reeldrop.tracking.model.Submission;
import io.reeldrop.tracking.eta.Eta;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.api.ApiVersion;
import io.reeldrop.api.RateLimit;
import io.reeldrop.api.Task;
import io.reeldrop.api.TaskStatus;
import io.reeldrop.api.TwelveLabsApi;
import io.reeldrop.api.VideoMetadata;
import io.reeldrop.tracking.store.HistoryEntry;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class PollPlannerTest {

    private final ManualExecutor executor = new ManualExecutor();
    private final Instant now = executor.clock().instant();
    private final AtomicReference<RateLimit> rateLimit = new AtomicReference<>();
    private final TwelveLabsApi api = (TwelveLabsApi) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {TwelveLabsApi.class}, (p, m, a) -> switch (m.getName()) {
                case "lastRateLimit" -> Optional.ofNullable(rateLimit.get());
                case "version" -> ApiVersion.V1_2;
                case "baseUrl" -> URI.create("https://api.twelvelabs.io/v1.2");
                default -> throw new IllegalStateException(m.getName());
            });

    private static HistoryEntry entry(String status, Instant estimated) {
        Task t = new Task("t", "i", null, TaskStatus.of(status), null, null, estimated, VideoMetadata.EMPTY, null,
                null, null, null);
        return HistoryEntry.builder("l", "p", Submission.ofUrl("0123456789abcdef01234567", null, "https://e.com/a.mp4"),
                null).state(SubmissionState.SENT).taskId("t").task(t).attempts(1).build();
    }

    private PollPlanner planner() {
        return new PollPlanner(TrackerSettings.defaults(), executor.clock(), new Random(1), api,
                e -> e.task().estimatedTime() == null ? null : new Eta(e.task().estimatedTime(), Eta.Source.API, 1));
    }

    private Duration next(HistoryEntry... tasks) {
        return Duration.between(now, planner().nextLook(List.of(tasks)));
    }

    @Test
    void whileChangesAreExpectedTheIntervalKeepsP95UnderTheTarget() {
        Duration d = next(entry("pending", null), entry("indexing", now.plusSeconds(3600)));
        assertTrue(d.toMillis() >= 3600 && d.toMillis() <= 4400, "4 s +-10 % jitter, was " + d);
    }

    @Test
    void whenEveryTaskIsFarFromItsTrustedEtaTheIndexIsLookedAtRarely() {
        assertTrue(next(entry("indexing", now.plusSeconds(3600))).toSeconds() >= 18, "capped at 20 s +-10 %");
        Duration near = next(entry("indexing", now.plusSeconds(30)));
        assertTrue(near.toMillis() >= 9000 && near.toMillis() <= 11000, "a third of the 30 s left, was " + near);
        Duration close = next(entry("indexing", now.plusSeconds(8)));
        assertTrue(close.toMillis() <= 4400, "near the end, back to the busy interval: " + close);
        assertTrue(next(entry("indexing", null)).toMillis() <= 4400, "no trusted ETA: busy interval");
    }

    @Test
    void whenFewCallsRemainTheyAreSpreadUntilTheReset() {
        rateLimit.set(new RateLimit(600, 3, 597, now.plusSeconds(60)));
        assertEquals(15, next(entry("pending", null)).toSeconds(), "60 s over the 3 calls left, plus one");
        rateLimit.set(new RateLimit(600, 400, 200, now.plusSeconds(60)));
        assertTrue(next(entry("pending", null)).toMillis() <= 4400, "plenty left: no slowdown");
    }

    @Test
    void failuresBackOffExponentiallyAndA429WaitsForTheReset() {
        PollPlanner planner = planner();
        Duration first = Duration.between(now, planner.afterFailure(1, true));
        Duration fourth = Duration.between(now, planner.afterFailure(4, true));
        assertTrue(first.toMillis() >= 1800 && first.toMillis() <= 2200, first.toString());
        assertTrue(fourth.toMillis() >= 14400 && fourth.toMillis() <= 17600, fourth.toString());
        assertTrue(Duration.between(now, planner.afterFailure(20, true)).toSeconds() <= 66, "capped near 60 s");
        rateLimit.set(new RateLimit(600, 0, 600, now.plusSeconds(45)));
        assertEquals(now.plusSeconds(45), planner.afterFailure(1, true), "nothing left: wait for the reset");
    }
}
