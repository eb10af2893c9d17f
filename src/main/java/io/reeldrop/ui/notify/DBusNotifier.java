package io.reeldrop.ui.notify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;

/**
 * Linux and the BSDs: {@code org.freedesktop.Notifications} on the session bus, which GNOME,
 * KDE, Xfce, dunst and mako all serve. One connection, opened at the first notification and
 * kept, of its own (not shared with the keychain's).
 */
final class DBusNotifier implements Notifier {

    /** The name of the desktop entry the installers write, so the desktop shows ReelDrop's icon. */
    static final String DESKTOP_ENTRY = "reeldrop";

    private final Map<String, String> env;
    private DBusConnection connection;
    private FreedesktopNotifications remote;

    DBusNotifier(Map<String, String> env) {
        this.env = env;
    }

    /**
     * The session bus: {@code DBUS_SESSION_BUS_ADDRESS}, else the systemd user bus in
     * {@code XDG_RUNTIME_DIR}, which is where it is on desktops that do not export the variable.
     */
    static String sessionBusAddress(Map<String, String> env) throws NotifierException {
        String address = env.get("DBUS_SESSION_BUS_ADDRESS");
        if (address != null && !address.isBlank()) {
            return address.strip();
        }
        String runtime = env.get("XDG_RUNTIME_DIR");
        if (runtime != null && !runtime.isBlank() && Files.exists(Path.of(runtime, "bus"))) {
            return "unix:path=" + Path.of(runtime, "bus");
        }
        throw new NotifierException("No D-Bus session bus: DBUS_SESSION_BUS_ADDRESS is not set and there is no"
                + " XDG_RUNTIME_DIR/bus.");
    }

    @Override
    public synchronized void show(Notice notice) throws NotifierException {
        try {
            if (remote == null) {
                connection = DBusConnectionBuilder.forAddress(sessionBusAddress(env)).withShared(false).build();
                remote = connection.getRemoteObject(FreedesktopNotifications.BUS_NAME,
                        FreedesktopNotifications.OBJECT_PATH, FreedesktopNotifications.class);
            }
            Map<String, Variant<?>> hints = Map.of(
                    "desktop-entry", new Variant<>(DESKTOP_ENTRY),
                    "category", new Variant<>(notice.problem() ? "transfer.error" : "transfer.complete"),
                    "urgency", new Variant<>((byte) 1));
            remote.Notify("ReelDrop", new UInt32(0), DESKTOP_ENTRY, notice.title(), notice.text(), new String[0], hints,
                    -1);
        } catch (DBusException | DBusExecutionException | IllegalStateException e) {
            close();
            throw new NotifierException("The desktop's notification service did not answer: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        remote = null;
        if (connection != null) {
            try {
                connection.close();
            } catch (IOException ignored) {
                // closing a connection that broke: nothing left to free
            }
            connection = null;
        }
    }
}
