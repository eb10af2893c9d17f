package io.reeldrop.ui;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.util.WaitForAsyncUtils;

/** Waits for a condition read on the FX thread; fails with what was awaited and the last value seen. */
public final class UiAwait {

    private UiAwait() {
    }

    /** Reads {@code value} on the FX thread. */
    public static <T> T fx(Callable<T> value) {
        try {
            return WaitForAsyncUtils.asyncFx(value).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("Reading the window failed", e);
        }
    }

    public static void until(Callable<Boolean> condition, Duration timeout, String what) {
        try {
            WaitForAsyncUtils.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS, () -> fx(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting for " + what);
        }
    }
}
