package io.reeldrop.ui;

import io.reeldrop.ui.support.TaskExecutor;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs everything inline on the calling thread, so view-model tests are deterministic. */
public final class SyncTaskExecutor implements TaskExecutor {

    @Override
    public <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void runOnUi(Runnable action) {
        action.run();
    }

    @Override
    public void shutdown() {
    }
}
