/**
 * Desktop notifications: the operating system's own, when a batch of videos finishes or a task
 * fails while the window is in the background, with the window's toast as the fallback.
 *
 * <p>{@link io.reeldrop.ui.notify.Notifier} is the boundary to the OS (tests put a double there).
 * {@link io.reeldrop.ui.notify.DesktopNotices} routes each {@link io.reeldrop.ui.notify.Notice}
 * and builds the platform's notifier only for the first notification, so start-up never loads
 * D-Bus or AWT: Linux and the BSDs speak {@code org.freedesktop.Notifications} over the session
 * bus (dbus-java), Windows shows a tray balloon (AWT {@code TrayIcon}, which Windows 10 and 11
 * turn into a toast), macOS asks {@code osascript} for a Notification Center banner (AWT's
 * tray on macOS needs the AppKit thread JavaFX already owns). Uses nothing of the window's
 * views.
 */
package io.reeldrop.ui.notify;
