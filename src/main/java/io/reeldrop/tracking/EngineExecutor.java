package io.reeldrop.tracking;

import java.time.Clock;
import java.time.Duration;

/**
 * The one seam through which the engine runs background work and reads the time, so tests can
 * run it on a manual, virtual-time executor and real use on {@link ThreadedEngineExecutor}.
 */
public interface EngineExecutor extends AutoCloseable {

    /** A scheduled piece of work that can be called off. */
    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }

    Clock clock();

    /** Runs work that may block on the network or the disk, soon, on an engine thread. */
    void execute(Runnable work);

    /** Runs work after {@code delay} on an engine thread (it may block). */
    Cancellable schedule(Runnable work, Duration delay);

    /** Stops running work; work under way may finish. */
    @Override
    void close();
}
