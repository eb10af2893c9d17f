package io.reeldrop.startup;

import javafx.application.Application;

/**
 * Launcher entry for the bare app. Like {@code io.reeldrop.Main} it is not an
 * {@link Application}, so both start the same way from the class path.
 */
public final class BareTableMain {

    private BareTableMain() {
    }

    public static void main(String[] args) {
        Application.launch(BareTableApp.class, args);
    }
}
