package io.reeldrop.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says in one sentence why the window could not open, when JavaFX cannot start on this
 * machine: no display, or no GTK 3. JavaFX reports both as an exception out of
 * {@code Application.launch}, which would otherwise reach the person as a Java stack trace.
 * The messages matched here are the ones JavaFX 21 gives (seen on Debian 12: without
 * {@code DISPLAY}, in a minimal root without X11 libraries, and in one with X11 but no GTK).
 */
public final class WindowStartFailure {

    /** What the process exits with when the window cannot open (as an uncaught exception did). */
    public static final int EXIT_STATUS = 1;

    private static final String PREFIX = "ReelDrop cannot open its window: ";
    /** From glass when gtk_init fails: no DISPLAY, or one that does not answer. */
    private static final String NO_DISPLAY = "Unable to open DISPLAY";
    /**
     * From glass when libglassgtk3.so does not load: libgtk-3.so.0 is missing, or libXtst.so.6,
     * which glass links beside GTK and which GTK itself does not bring.
     */
    private static final String NO_GTK = "Unable to load glass GTK library";
    /** The dynamic loader's words when a library that glass or prism links is missing. */
    private static final Pattern MISSING_LIBRARY =
            Pattern.compile("(lib[\\w.+-]+\\.so[.\\d]*): cannot open shared object file");

    private WindowStartFailure() {
    }

    /**
     * The sentence for a failure out of {@code Application.launch}, or empty when it is not a
     * failure to start JavaFX on this machine (a bug then, whose trace should stay visible).
     *
     * @param env the process environment, for {@code DISPLAY} and {@code WAYLAND_DISPLAY}
     */
    public static Optional<String> explain(Throwable failure, Map<String, String> env) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            if (message.startsWith(NO_DISPLAY)) {
                return Optional.of(noDisplay(env));
            }
            if (message.startsWith(NO_GTK)) {
                return Optional.of(PREFIX + "the GTK 3 libraries are missing; install them with: " + installGtk() + ".");
            }
            Matcher missing = MISSING_LIBRARY.matcher(message);
            if (t instanceof UnsatisfiedLinkError && missing.find()) {
                return Optional.of(PREFIX + "the system library " + missing.group(1)
                        + " is missing; install GTK 3, which brings the libraries a window needs, with: " + installGtk() + ".");
            }
        }
        return Optional.empty();
    }

    private static String noDisplay(Map<String, String> env) {
        String display = env.getOrDefault("DISPLAY", "");
        String otherwise = ", or use the command line: " + commandLine() + " --help";
        if (!display.isBlank()) {
            return PREFIX + "the display " + display + " (DISPLAY) did not answer. Check that the desktop session is"
                    + " running and that this user may use it" + otherwise;
        }
        if (!env.getOrDefault("WAYLAND_DISPLAY", "").isBlank()) {
            return PREFIX + "it needs an X11 display (Xwayland) and DISPLAY is not set in this Wayland session."
                    + " Enable Xwayland" + otherwise;
        }
        return PREFIX + "no display was found (DISPLAY is not set). Run it from a desktop session" + otherwise;
    }

    /** The installed launcher when there is one (jpackage names it), else the jar. */
    private static String commandLine() {
        String launcher = System.getProperty("jpackage.app-path");
        return launcher != null && !launcher.isBlank() ? launcher : "java -jar reeldrop.jar";
    }

    private static String installGtk() {
        String osRelease;
        try {
            osRelease = Files.readString(Path.of("/etc/os-release"));
        } catch (IOException | RuntimeException unreadable) {
            osRelease = "";
        }
        return installGtkCommand(osRelease);
    }

    /** The command that installs GTK 3 and libXtst, by the distribution's family named in os-release. */
    static String installGtkCommand(String osRelease) {
        String family = "";
        for (String line : osRelease.lines().toList()) {
            if (line.startsWith("ID=") || line.startsWith("ID_LIKE=")) {
                family += " " + line.substring(line.indexOf('=') + 1).replace("\"", "").toLowerCase(Locale.ROOT);
            }
        }
        if (family.matches(".*\\b(fedora|rhel|centos)\\b.*")) {
            return "sudo dnf install gtk3 libXtst";
        }
        if (family.matches(".*\\b(suse|opensuse)\\b.*")) {
            return "sudo zypper install libgtk-3-0 libXtst6";
        }
        if (family.matches(".*\\b(arch)\\b.*")) {
            return "sudo pacman -S gtk3 libxtst";
        }
        return "sudo apt-get install libgtk-3-0 libxtst6";
    }
}
