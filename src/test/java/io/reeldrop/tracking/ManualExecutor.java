package io.reeldrop.tracking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.PriorityQueue;

/** Virtual time for engine parts: nothing runs until the test advances the clock. Single-threaded. */
final class ManualExecutor implements EngineExecutor {

    private record Job(Instant at, long seq, Runnable work, boolean[] cancelled) {
    }

    private final PriorityQueue<Job> jobs = new PriorityQueue<>((a, b) -> a.at.equals(b.at)
            ? Long.compare(a.seq, b.seq) : a.at.compareTo(b.at));
    private Instant now = Instant.parse("2026-11-28T12:00:00Z");
    private long seq;

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

    /** Moves time forward, running every job that falls due on the way, in time order. */
    void advance(Duration d) {
        Instant end = now.plus(d);
        while (!jobs.isEmpty() && !jobs.peek().at.isAfter(end)) {
            Job j = jobs.poll();
            now = j.at.isAfter(now) ? j.at : now;
            if (!j.cancelled[0]) {
                j.work.run();
            }
        }
        now = end;
    }

    /** Time passes inside a running job (a slow request) without running anything else. */
    void elapse(Duration d) {
        now = now.plus(d);
    }

    int pending() {
        return (int) jobs.stream().filter(j -> !j.cancelled[0]).count();
    }

    @Override
    public void close() {
        jobs.clear();
    }
}
