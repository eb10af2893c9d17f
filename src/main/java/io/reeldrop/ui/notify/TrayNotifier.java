package io.reeldrop.ui.notify;

import java.awt.AWTException;
import java.awt.GraphicsEnvironment;
import java.awt.Image;
import java.awt.SystemTray;
import java.awt.Toolkit;
import java.awt.TrayIcon;
import java.net.URL;

/**
 * Windows: a tray icon's balloon, which Windows 10 and 11 show as a toast in the Action Center.
 * AWT starts only here, at the first notification, on its own thread beside JavaFX's; the icon
 * stays in the tray until the window closes, as other transfer managers' do.
 */
final class TrayNotifier implements Notifier {

    private TrayIcon icon;

    @Override
    public synchronized void show(Notice notice) throws NotifierException {
        if (GraphicsEnvironment.isHeadless() || !SystemTray.isSupported()) {
            throw new NotifierException("This desktop has no system tray.");
        }
        try {
            if (icon == null) {
                URL png = TrayNotifier.class.getResource("/io/reeldrop/ui/icons/reeldrop-32.png");
                Image image = Toolkit.getDefaultToolkit().getImage(png);
                TrayIcon created = new TrayIcon(image, "ReelDrop");
                created.setImageAutoSize(true);
                SystemTray.getSystemTray().add(created);
                icon = created;
            }
            icon.displayMessage(notice.title(), notice.text(),
                    notice.problem() ? TrayIcon.MessageType.WARNING : TrayIcon.MessageType.INFO);
        } catch (AWTException | RuntimeException e) {
            throw new NotifierException("The system tray refused the notification: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        if (icon != null) {
            SystemTray.getSystemTray().remove(icon);
            icon = null;
        }
    }
}
