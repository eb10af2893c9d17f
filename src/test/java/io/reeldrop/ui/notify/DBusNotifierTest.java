package io.reeldrop.ui.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Linux notifier over a real session bus (a private {@code dbus-daemon}); in place of a
 * desktop's notification daemon, the test serves {@code org.freedesktop.Notifications} on that
 * bus itself and records what arrives over the wire.
 */
class DBusNotifierTest {

    @TempDir
    Path folder;

    private SessionBus bus;
    private DBusConnection service;
    private final List<List<Object>> received = new CopyOnWriteArrayList<>();

    /** What a notification daemon does with Notify, minus the drawing. */
    private final class RecordingService implements FreedesktopNotifications {
        @Override
        public UInt32 Notify(String appName, UInt32 replacesId, String appIcon, String summary, String body,
                             String[] actions, Map<String, Variant<?>> hints, int expireTimeout) {
            received.add(List.of(appName, replacesId.intValue(), appIcon, summary, body, List.of(actions),
                    hints.get("desktop-entry").getValue(), hints.get("category").getValue(),
                    hints.get("urgency").getValue(), expireTimeout));
            return new UInt32(received.size());
        }

        @Override
        public String getObjectPath() {
            return OBJECT_PATH;
        }
    }

    /** Starts the private bus, or skips the test with the reason. */
    private void startBus() throws Exception {
        Path daemon = SessionBus.daemon().orElse(null);
        assumeTrue(daemon != null, "Skipped: dbus-daemon is not installed (Debian: apt-get install dbus-daemon),"
                + " so no real session bus can be started here.");
        bus = SessionBus.start(daemon, folder);
    }

    @AfterEach
    void stopBus() throws Exception {
        if (service != null) {
            service.close();
        }
        if (bus != null) {
            bus.close();
        }
    }

    private void serveNotifications() throws Exception {
        service = DBusConnectionBuilder.forAddress(bus.address()).withShared(false).build();
        service.requestBusName(FreedesktopNotifications.BUS_NAME);
        service.exportObject(FreedesktopNotifications.OBJECT_PATH, new RecordingService());
    }

    @Test
    void aNoticeArrivesOverTheBusWithReelDropsNameAndHints() throws Exception {
        startBus();
        serveNotifications();
        try (DBusNotifier notifier = new DBusNotifier(Map.of("DBUS_SESSION_BUS_ADDRESS", bus.address()))) {
            notifier.show(new Notice("Videos finished", "3 videos finished, 1 failed.", true));
            notifier.show(new Notice("Video ready", "trailer.mp4 is ready.", false));
        }

        assertEquals(List.of(
                List.of("ReelDrop", 0, "reeldrop", "Videos finished", "3 videos finished, 1 failed.", List.of(),
                        "reeldrop", "transfer.error", (byte) 1, -1),
                List.of("ReelDrop", 0, "reeldrop", "Video ready", "trailer.mp4 is ready.", List.of(),
                        "reeldrop", "transfer.complete", (byte) 1, -1)), received);
    }

    @Test
    void aBusWithoutANotificationServiceIsRefusedWithASentenceAndTheNextTryConnectsAgain() throws Exception {
        startBus();
        try (DBusNotifier notifier = new DBusNotifier(Map.of("DBUS_SESSION_BUS_ADDRESS", bus.address()))) {
            NotifierException e = assertThrows(NotifierException.class,
                    () -> notifier.show(new Notice("Video ready", "a.mp4 is ready.", false)));
            assertTrue(e.getMessage().startsWith("The desktop's notification service did not answer"), e.getMessage());

            serveNotifications();
            notifier.show(new Notice("Video ready", "b.mp4 is ready.", false));
        }
        assertEquals("b.mp4 is ready.", received.get(0).get(4));
    }

    @Test
    void theBusIsFoundFromTheEnvironmentOrTheUserRuntimeFolderElseASentenceSaysSo() throws Exception {
        NotifierException e = assertThrows(NotifierException.class, () -> DBusNotifier.sessionBusAddress(Map.of()));
        assertTrue(e.getMessage().contains("DBUS_SESSION_BUS_ADDRESS"), e.getMessage());

        Files.createFile(folder.resolve("bus"));
        assertEquals("unix:path=" + folder.resolve("bus"),
                DBusNotifier.sessionBusAddress(Map.of("XDG_RUNTIME_DIR", folder.toString())));
        assertEquals("unix:path=/run/x", DBusNotifier.sessionBusAddress(Map.of("DBUS_SESSION_BUS_ADDRESS",
                " unix:path=/run/x ", "XDG_RUNTIME_DIR", folder.toString())));
    }
}
