package io.reeldrop.ui.notify;

import io.reeldrop.ui.support.TaskExecutor;
import java.lang.System.Logger.Level;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Routes each notice to the operating system when that is switched on and works, else to the
 * window's toast. The OS notifier is built at the first notice, on a worker thread: start-up
 * loads none of it, and a slow bus never stalls the window. A notice the OS refuses is shown as a
 * toast instead; the next one tries the OS again (a notification service can come back).
 */
public final class DesktopNotices {

    /**
     * This computer's notifier. A lambda, not a method reference: linking a method reference loads
     * its class at once, and start-up must load none of it (NotifierLoadingTest).
     */
    public static final Supplier<Notifier> PLATFORM = () -> PlatformNotifiers.forThisComputer();

    private static final System.Logger LOG = System.getLogger(DesktopNotices.class.getName());

    private final TaskExecutor executor;
    private final BooleanSupplier osEnabled;
    private final Consumer<Notice> fallback;
    private volatile Supplier<Notifier> factory;
    private Notifier notifier;
    private String lastFailure;

    /**
     * @param osEnabled read at each notice: the person's setting
     * @param fallback shows a notice in the window; called on the UI thread
     */
    public DesktopNotices(TaskExecutor executor, BooleanSupplier osEnabled, Consumer<Notice> fallback) {
        this.executor = executor;
        this.osEnabled = osEnabled;
        this.fallback = fallback;
    }

    /** Where OS notifications go: {@link #PLATFORM}, a test's double, or null for the window only. */
    public void setNotifier(Supplier<Notifier> notifiers) {
        Supplier<Notifier> old = factory;
        factory = notifiers;
        if (old != notifiers) {
            close();
        }
    }

    /** Call on the UI thread. */
    public void show(Notice notice) {
        Objects.requireNonNull(notice, "notice");
        Supplier<Notifier> f = factory;
        if (f == null || !osEnabled.getAsBoolean()) {
            fallback.accept(notice);
            return;
        }
        executor.execute(() -> {
            notifier(f).show(notice);
            return Boolean.TRUE;
        }, shown -> { }, e -> {
            logOnce(e);
            fallback.accept(notice);
        });
    }

    private synchronized Notifier notifier(Supplier<Notifier> f) {
        if (notifier == null) {
            notifier = f.get();
        }
        return notifier;
    }

    private synchronized void logOnce(Throwable e) {
        String message = String.valueOf(e.getMessage());
        if (!message.equals(lastFailure)) {
            lastFailure = message;
            LOG.log(Level.WARNING, "A desktop notification could not be shown, so the window shows it: " + message);
        }
    }

    /** Lets go of the OS notifier, if one was built. */
    public synchronized void close() {
        if (notifier != null) {
            notifier.close();
            notifier = null;
        }
    }
}
