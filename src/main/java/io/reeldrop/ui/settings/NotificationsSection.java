package io.reeldrop.ui.settings;

import io.reeldrop.ui.support.UiPreference;
import javafx.scene.Node;

/** Whether finished batches and failures reach the desktop's notifications. */
public final class NotificationsSection implements SettingsSection {

    private final SettingsViewModel model;

    public NotificationsSection(SettingsViewModel model) {
        this.model = model;
    }

    @Override
    public String title() {
        return "Notifications";
    }

    @Override
    public Node view() {
        return SettingsRows.flag("desktopNotifications", "Use the _desktop's notifications",
                "While ReelDrop is in the background, a finished batch or a failed video is told by the system's"
                        + " notifications. Off, or where the system has none, the window shows it in its corner.",
                model.flag(UiPreference.DESKTOP_NOTIFICATIONS));
    }
}
