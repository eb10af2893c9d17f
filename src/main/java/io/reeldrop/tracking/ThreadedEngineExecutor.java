package io.reeldrop.tracking;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Real threads: one timer thread that only hands work over, and a pool of daemon workers for
 * the blocking calls (their number is bounded by the engine's own concurrency limits).
 */
public final class ThreadedEngineExecutor implements EngineExecutor {

    private static final Logger LOG = Logger.getLogger(ThreadedEngineExecutor.class.getName());
    private final Clock clock;
    private final ScheduledExecutorService timer;
    private final ExecutorService workers;

    public ThreadedEngineExecutor() {
        this(Clock.systemUTC());
    }

    public ThreadedEngineExecutor(Clock clock) {
        this.clock = clock;
        this.timer = Executors.newSingleThreadScheduledExecutor(daemon("reeldrop-timer"));
        this.workers = Executors.newCachedThreadPool(daemon("reeldrop-engine"));
    }

    private static ThreadFactory daemon(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public void execute(Runnable work) {
        try {
            workers.execute(guarded(work));
        } catch (RejectedExecutionException e) {
            LOG.fine("Engine closed; work dropped");
        }
    }

    @Override
    public Cancellable schedule(Runnable work, Duration delay) {
        try {
            ScheduledFuture<?> f = timer.schedule(() -> execute(work), Math.max(0, delay.toMillis()),
                    TimeUnit.MILLISECONDS);
            return () -> f.cancel(false);
        } catch (RejectedExecutionException e) {
            return () -> { };
        }
    }

    private static Runnable guarded(Runnable work) {
        return () -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                // A bug in one job must not kill the thread that runs the others.
                LOG.log(Level.WARNING, "Engine job failed", e);
            }
        };
    }

    @Override
    public void close() {
        timer.shutdownNow();
        workers.shutdown();
        try {
            if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
