package io.reeldrop.ui;

import io.reeldrop.ui.support.UiPreferences;
import io.reeldrop.ui.support.UiPreference;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Puts the window back where it was, unless that place is no longer on any screen. */
final class WindowState {

    private WindowState() {
    }

    static void restore(Stage stage, UiPreferences prefs) {
        double w = prefs.getDouble(UiPreference.WINDOW_WIDTH);
        double h = prefs.getDouble(UiPreference.WINDOW_HEIGHT);
        double x = prefs.getDouble(UiPreference.WINDOW_X);
        double y = prefs.getDouble(UiPreference.WINDOW_Y);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(w, screen.getWidth()));
        stage.setHeight(Math.min(h, screen.getHeight()));
        if (!Double.isNaN(x) && !Double.isNaN(y)
                && !Screen.getScreensForRectangle(x, y, Math.max(w, 1) / 2, 40).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(prefs.getBoolean(UiPreference.WINDOW_MAXIMIZED));
    }

    static void save(Stage stage, UiPreferences prefs) {
        prefs.put(UiPreference.WINDOW_MAXIMIZED, stage.isMaximized());
        if (!stage.isMaximized() && !stage.isIconified()) {
            prefs.put(UiPreference.WINDOW_X, stage.getX());
            prefs.put(UiPreference.WINDOW_Y, stage.getY());
            prefs.put(UiPreference.WINDOW_WIDTH, stage.getWidth());
            prefs.put(UiPreference.WINDOW_HEIGHT, stage.getHeight());
        }
        prefs.flush();
    }
}
