package io.reeldrop.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Start-up pays nothing for desktop notifications: in a JVM of its own with class loading logged
 * ({@code -Xlog:class+load}, the unified form of {@code -verbose:class}), the window opens wired
 * as the app wires it without loading dbus-java, AWT's tray or ReelDrop's platform notifiers;
 * they load at the first notice. (The Settings dialog's classes, too, wait until it opens.)
 */
class NotifierLoadingTest {

    private static final List<String> LAZY = List.of("org.freedesktop.dbus.", "io.reeldrop.ui.notify.PlatformNotifiers",
            "io.reeldrop.ui.notify.DBusNotifier", "io.reeldrop.ui.notify.FreedesktopNotifications",
            "java.awt.SystemTray", "java.awt.TrayIcon", "io.reeldrop.ui.settings.");

    @Test
    void theNotifierLoadsAtTheFirstNoticeNotAtStartUp() throws Exception {
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "Skipped: the probe checks the Linux notifier.");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info", "-Dtestfx.robot=glass", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), NotifierLoadProbe.class.getName()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/reeldrop-test/bus");
        Process p = pb.start();
        List<String> lines;
        try {
            lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } finally {
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        assertEquals(0, p.exitValue(), tail(lines));
        int open = lines.indexOf(NotifierLoadProbe.OPEN);
        int notified = lines.indexOf(NotifierLoadProbe.NOTIFIED);
        assertTrue(open > 0 && notified > open, "the probe reached both points: " + tail(lines));

        List<String> atStart = loaded(lines.subList(0, open));
        List<String> afterNotice = loaded(lines.subList(open, notified));
        assertEquals(List.of(), atStart, "loaded before the first notice");
        assertTrue(afterNotice.stream().anyMatch(c -> c.startsWith("io.reeldrop.ui.notify.DBusNotifier")),
                "the Linux notifier loads at the first notice: " + afterNotice);
        assertTrue(afterNotice.stream().anyMatch(c -> c.startsWith("org.freedesktop.dbus.")),
                "and dbus-java with it: " + afterNotice);
    }

    /** The lazily loaded classes among the {@code class+load} lines. */
    private static List<String> loaded(List<String> lines) {
        List<String> found = new ArrayList<>();
        for (String line : lines) {
            int at = line.indexOf("[class,load] ");
            if (at < 0) {
                continue;
            }
            String name = line.substring(at + "[class,load] ".length()).split(" ")[0];
            if (LAZY.stream().anyMatch(name::startsWith)) {
                found.add(name);
            }
        }
        return found;
    }

    private static String tail(List<String> lines) {
        return String.join("\n", lines.stream().filter(l -> !l.contains("[class,load]")).toList());
    }
}
