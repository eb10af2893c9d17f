package io.reeldrop.ui.notify;

import java.util.Locale;
import java.util.Map;

/**
 * Picks this computer's notifier. Loaded only when the first notification is shown: everything it
 * names (dbus-java, AWT) stays unloaded until then.
 */
final class PlatformNotifiers {

    private PlatformNotifiers() {
    }

    static Notifier forThisComputer() {
        return forOs(System.getProperty("os.name", ""), System.getenv());
    }

    static Notifier forOs(String osName, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return new TrayNotifier();
        }
        if (os.startsWith("mac")) {
            return new AppleScriptNotifier();
        }
        return new DBusNotifier(env);
    }
}
