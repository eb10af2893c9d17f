package io.reeldrop.adversarial;

import io.reeldrop.tracking.EngineExecutor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.PriorityQueue;

/**
 * The engine's executor on virtual time, single-threaded: nothing runs until {@link #advance},
 * which runs every job due on the way in time order and calls {@link #afterEachJob} after each,
 * so a test can look at the disk between any two steps of the engine.
 */
final class VirtualTime implements EngineExecutor {

    private record Job(Instant at, long seq, Runnable work, boolean[] cancelled) {
    }

    private final PriorityQueue<Job> jobs = new PriorityQueue<>((a, b) -> a.at.equals(b.at)
            ? Long.compare(a.seq, b.seq) : a.at.compareTo(b.at));
    private Instant now;
    private long seq;
    /** Runs after every job, on the same thread. */
    volatile Runnable afterEachJob = () -> { };

    VirtualTime(Instant start) {
        this.now = start;
    }

    Instant now() {
        return now;
    }

    @Override
    public Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
    }

    @Override
    public void execute(Runnable work) {
        schedule(work, Duration.ZERO);
    }

    @Override
    public Cancellable schedule(Runnable work, Duration delay) {
        boolean[] cancelled = {false};
        jobs.add(new Job(now.plus(delay), seq++, work, cancelled));
        return () -> cancelled[0] = true;
    }

    /** Moves time forward by {@code d}, running every job that falls due on the way. */
    void advance(Duration d) {
        Instant end = now.plus(d);
        while (!jobs.isEmpty() && !jobs.peek().at.isAfter(end)) {
            Job j = jobs.poll();
            now = j.at.isAfter(now) ? j.at : now;
            if (!j.cancelled[0]) {
                j.work.run();
                afterEachJob.run();
            }
        }
        now = end;
    }

    @Override
    public void close() {
        jobs.clear();
    }
}
