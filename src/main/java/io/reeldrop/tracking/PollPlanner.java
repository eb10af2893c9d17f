package io.reeldrop.tracking;

import io.reeldrop.tracking.eta.Eta;
import io.reeldrop.api.RateLimit;
import io.reeldrop.api.TaskStatus;
import io.reeldrop.api.TwelveLabsApi;
import io.reeldrop.tracking.store.HistoryEntry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * When to look at an index again.
 *
 * <ul>
 *   <li>While any task may change soon (anything before {@code indexing}, or an ETA within
 *       three busy intervals, or an ETA we do not trust): every 80 % of the detection target,
 *       so the p95 delay stays under the target.</li>
 *   <li>When every task is indexing and a trusted ETA (the API's, or a learned one with
 *       confidence of at least 0.5) is far: a third of the time left, at most
 *       {@code maxQuietInterval}.</li>
 *   <li>Always ±10 % jitter, so many clients (or indexes) do not ask in step.</li>
 *   <li>Under the rate limit: when few calls remain, the rest are spread until the reset.</li>
 *   <li>After failures: 2, 4, 8 ... up to 60 s, or until the rate-limit reset.</li>
 * </ul>
 */
final class PollPlanner {

    private static final double TRUSTED = 0.5;
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(60);

    private final TrackerSettings settings;
    private final Clock clock;
    private final Random random;
    private final TwelveLabsApi api;
    private final Function<HistoryEntry, Eta> eta;

    PollPlanner(TrackerSettings settings, Clock clock, Random random, TwelveLabsApi api, Function<HistoryEntry, Eta> eta) {
        this.settings = settings;
        this.clock = clock;
        this.random = random;
        this.api = api;
        this.eta = eta;
    }

    Duration busyInterval() {
        return settings.detectionTarget().multipliedBy(4).dividedBy(5);
    }

    Duration clockSkew() {
        return settings.clockSkew();
    }

    Instant nextLook(List<HistoryEntry> tasks) {
        Instant now = clock.instant();
        Duration interval = quietEnough(tasks, now);
        interval = jitter(interval);
        return underRateLimit(now, now.plus(interval));
    }

    private Duration quietEnough(List<HistoryEntry> tasks, Instant now) {
        Duration busy = busyInterval();
        Instant nearest = null;
        for (HistoryEntry e : tasks) {
            if (e.task() == null || !e.task().status().equals(TaskStatus.INDEXING)) {
                return busy;
            }
            Eta estimate = eta.apply(e);
            if (estimate == null || estimate.confidence() < TRUSTED) {
                return busy;
            }
            nearest = nearest == null || estimate.at().isBefore(nearest) ? estimate.at() : nearest;
        }
        if (nearest == null) {
            return busy;
        }
        Duration left = Duration.between(now, nearest);
        if (left.compareTo(busy.multipliedBy(3)) <= 0) {
            return busy;
        }
        Duration third = left.dividedBy(3);
        return third.compareTo(settings.maxQuietInterval()) > 0 ? settings.maxQuietInterval() : third;
    }

    private Duration jitter(Duration d) {
        double factor = 0.9 + 0.2 * random.nextDouble();
        return Duration.ofMillis(Math.max(50, Math.round(d.toMillis() * factor)));
    }

    private Instant underRateLimit(Instant now, Instant planned) {
        RateLimit rl = api.lastRateLimit().orElse(null);
        if (rl == null || rl.remaining() == null || rl.reset() == null || !rl.reset().isAfter(now)) {
            return planned;
        }
        int reserve = rl.limit() == null ? 2 : Math.max(2, rl.limit() / 10);
        if (rl.remaining() > reserve) {
            return planned;
        }
        // Keep the last calls for the tasks that need them: spread them until the reset.
        Duration spread = Duration.between(now, rl.reset()).dividedBy(Math.max(1, rl.remaining() + 1));
        Instant spaced = now.plus(spread);
        return spaced.isAfter(planned) ? spaced : planned;
    }

    Instant afterFailure(int failures, boolean transientFailure) {
        Instant now = clock.instant();
        long seconds = transientFailure ? Math.min(MAX_BACKOFF.toSeconds(), 1L << Math.min(6, failures))
                : MAX_BACKOFF.toSeconds();
        Instant backoff = now.plus(jitter(Duration.ofSeconds(seconds)));
        RateLimit rl = api.lastRateLimit().orElse(null);
        if (rl != null && rl.remaining() != null && rl.remaining() == 0 && rl.reset() != null
                && rl.reset().isAfter(backoff)) {
            return rl.reset();
        }
        return backoff;
    }
}
