package io.reeldrop.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The line under the menu saying the window runs on the local sandbox, or why it could not
 * start, with the connect action. The window opens without it (it appears once the backend is
 * up), so it is built the first time it is shown rather than styled, hidden, in the first frame.
 */
final class ConnectionBanner {

    private final Pane host;
    private final Runnable connect;
    private HBox box;
    private Label text;

    /** @param host the container the banner joins, at its end, when first shown */
    ConnectionBanner(Pane host, Runnable connect) {
        this.host = host;
        this.connect = connect;
    }

    void show(String sentence) {
        if (box == null) {
            build();
        }
        text.setText(sentence);
        box.setVisible(true);
        box.setManaged(true);
    }

    void hide() {
        if (box != null) {
            box.setVisible(false);
            box.setManaged(false);
        }
    }

    private void build() {
        Button button = new Button("Add an account\u2026", new FontIcon(Feather.USER_PLUS));
        button.setId("bannerConnect");
        button.setOnAction(e -> connect.run());
        text = new Label();
        text.setId("connectionBanner");
        text.setGraphic(new FontIcon(Feather.WIFI_OFF));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        box = new HBox(10, text, grow, button);
        box.getStyleClass().add("sandbox-banner");
        box.setPadding(new Insets(6, 12, 6, 12));
        box.setAlignment(Pos.CENTER_LEFT);
        host.getChildren().add(box);
    }
}
