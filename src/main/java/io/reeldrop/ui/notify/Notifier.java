package io.reeldrop.ui.notify;

/**
 * The boundary to the operating system's notifications. Implementations may block (a bus round
 * trip, a process): {@link DesktopNotices} calls them off the FX thread.
 */
public interface Notifier extends AutoCloseable {

    /** @throws NotifierException with a sentence when this desktop cannot show it now */
    void show(Notice notice) throws NotifierException;

    /** Lets go of the bus, tray icon or whatever was opened; nothing by default. */
    @Override
    default void close() {
    }
}
