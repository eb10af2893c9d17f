package io.reeldrop.ui;

import java.util.Objects;
import javafx.css.PseudoClass;
import javafx.scene.Scene;

/**
 * The main window's scene as the app shows it: ReelDrop's stylesheet on top of the AtlantaFX
 * theme (installed application-wide by {@link ThemeMode#install}), and the {@code :dark}
 * pseudo-class that stylesheet keys on, kept in step with theme changes. Tests build their
 * windows through it too, so they exercise the look that ships.
 */
public final class WindowScene {

    private static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");

    private WindowScene() {
    }

    /** Sized by its content; the app then gives the stage its remembered size. */
    public static Scene create(MainWindow window, boolean dark) {
        return dress(new Scene(window.root()), window, dark);
    }

    public static Scene create(MainWindow window, boolean dark, double width, double height) {
        return dress(new Scene(window.root(), width, height), window, dark);
    }

    private static Scene dress(Scene scene, MainWindow window, boolean dark) {
        scene.getStylesheets().add(Objects.requireNonNull(
                WindowScene.class.getResource("reeldrop.css"), "reeldrop.css").toExternalForm());
        window.theme().setOnChange(d -> scene.getRoot().pseudoClassStateChanged(DARK, d));
        window.theme().opened(dark);
        return scene;
    }
}
