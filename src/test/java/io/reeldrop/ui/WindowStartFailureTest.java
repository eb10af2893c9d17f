package io.reeldrop.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The failures JavaFX 21 gives when it cannot start, with the exact messages seen on Debian 12
 * (in a minimal root without X11 libraries, and in one with X11 but no GTK), and how each is
 * told. MainWithoutDisplayTest shows the no-display case end to end in a real process.
 */
class WindowStartFailureTest {

    private static final Map<String, String> X11_SESSION = Map.of("DISPLAY", ":0");

    @Test
    void missingGtkSaysWhatToInstall() {
        // Thrown by glass in the launcher thread; Application.launch rethrows it as it is.
        Optional<String> why = WindowStartFailure.explain(
                new UnsupportedOperationException("Unable to load glass GTK library."), X11_SESSION);

        assertTrue(why.orElseThrow().startsWith("ReelDrop cannot open its window: the GTK 3 libraries are missing;"
                + " install them with: sudo "), why.orElseThrow());
    }

    @Test
    void aMissingX11LibraryIsNamedWithTheInstallCommand() {
        // Application.launch wraps an Error from the launcher thread in a RuntimeException.
        RuntimeException thrown = new RuntimeException(new UnsatisfiedLinkError("/opt/reeldrop/lib/runtime/lib/libglass.so:"
                + " libX11.so.6: cannot open shared object file: No such file or directory"));

        String why = WindowStartFailure.explain(thrown, X11_SESSION).orElseThrow();

        assertTrue(why.startsWith("ReelDrop cannot open its window: the system library libX11.so.6 is missing;"), why);
        assertTrue(why.contains("install GTK 3"), why);
    }

    @Test
    void waylandWithoutXwaylandIsToldApart() {
        String why = WindowStartFailure.explain(new UnsupportedOperationException("Unable to open DISPLAY"),
                Map.of("WAYLAND_DISPLAY", "wayland-0")).orElseThrow();

        assertTrue(why.contains("needs an X11 display (Xwayland) and DISPLAY is not set"), why);
    }

    @Test
    void otherFailuresKeepTheirTrace() {
        assertEquals(Optional.empty(), WindowStartFailure.explain(
                new RuntimeException("Exception in Application start method", new NullPointerException()), X11_SESSION));
    }

    @Test
    void theInstallCommandFollowsTheDistribution() {
        assertEquals("sudo apt-get install libgtk-3-0 libxtst6", WindowStartFailure.installGtkCommand("ID=debian\n"));
        assertEquals("sudo apt-get install libgtk-3-0 libxtst6",
                WindowStartFailure.installGtkCommand("ID=ubuntu\nID_LIKE=debian\n"));
        assertEquals("sudo dnf install gtk3 libXtst", WindowStartFailure.installGtkCommand("ID=fedora\n"));
        assertEquals("sudo dnf install gtk3 libXtst", WindowStartFailure.installGtkCommand("ID=\"rocky\"\nID_LIKE=\"rhel centos fedora\"\n"));
        assertEquals("sudo zypper install libgtk-3-0 libXtst6",
                WindowStartFailure.installGtkCommand("ID=\"opensuse-tumbleweed\"\nID_LIKE=\"opensuse suse\"\n"));
        assertEquals("sudo pacman -S gtk3 libxtst", WindowStartFailure.installGtkCommand("ID=arch\n"));
        assertEquals("sudo apt-get install libgtk-3-0 libxtst6", WindowStartFailure.installGtkCommand(""));
    }
}
