package io.reeldrop.ui;

import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.animation.SequentialTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Short messages in the window's top-right corner that fade after a few seconds. The layer
 * lets clicks through where there is no toast, so it never blocks the window.
 */
public final class Toasts extends VBox {

    private static final int MAX_SHOWN = 4;

    public Toasts() {
        setId("toasts");
        setSpacing(8);
        setPadding(new Insets(56, 16, 16, 16));
        setAlignment(Pos.TOP_RIGHT);
        setPickOnBounds(false);
        setMouseTransparent(false);
    }

    public void show(String text, Feather icon) {
        Label toast = new Label(text, new FontIcon(icon));
        toast.getStyleClass().add("toast");
        toast.setWrapText(true);
        toast.setMaxWidth(380);
        toast.setOnMouseClicked(e -> getChildren().remove(toast));
        if (getChildren().size() >= MAX_SHOWN) {
            getChildren().remove(0);
        }
        getChildren().add(toast);
        FadeTransition fade = new FadeTransition(Duration.millis(600), toast);
        fade.setToValue(0);
        SequentialTransition life = new SequentialTransition(new PauseTransition(Duration.seconds(6)), fade);
        life.setOnFinished(e -> getChildren().remove(toast));
        life.play();
    }
}
