package io.reeldrop.ui.settings;

import javafx.scene.Node;

/** One titled part of the Settings dialog; its view is built each time the dialog opens. */
public interface SettingsSection {

    /** The heading, a few words ("Notifications"). */
    String title();

    /** The controls, bound to the dialog's {@link SettingsViewModel}. */
    Node view();
}
