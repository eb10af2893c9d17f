package io.reeldrop.ui.support;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one door through which the window starts background work. The FX implementation runs
 * work on a pool and reports back on the FX thread; the synchronous one runs everything
 * inline so view models can be tested deterministically without a window.
 */
public interface TaskExecutor {

    /**
     * Runs {@code work} off the UI thread, then exactly one of the callbacks on the UI thread.
     *
     * @param onFailure receives the failure; callers turn it into a sentence, never a trace
     */
    <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs {@code action} on the UI thread (later, or now when already there in tests). */
    void runOnUi(Runnable action);

    /** Stops accepting work; running work is abandoned, not awaited. */
    void shutdown();
}
