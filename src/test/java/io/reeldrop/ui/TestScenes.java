package io.reeldrop.ui;

import javafx.scene.Scene;

/** The main window's scene for tests: the light AtlantaFX theme and ReelDrop's stylesheet, as shipped. */
final class TestScenes {

    private TestScenes() {
    }

    static Scene shipped(MainWindow window, double width, double height) {
        ThemeMode.install(false);
        return WindowScene.create(window, false, width, height);
    }
}
