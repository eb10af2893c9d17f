package io.reeldrop.ui;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The bottom line of the window. */
public final class StatusBarView extends HBox {

    public StatusBarView(StatusBarViewModel model) {
        setId("statusBar");
        getStyleClass().add("status-bar");
        setSpacing(10);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 10, 4, 10));
        Label connection = label("connectionState", Feather.SERVER);
        connection.textProperty().bind(model.connectionProperty());
        Label inFlight = label("inFlight", Feather.ACTIVITY);
        inFlight.textProperty().bind(model.inFlightProperty());
        Label rate = label("rateLimit", Feather.BAR_CHART_2);
        rate.textProperty().bind(model.rateLimitProperty());
        rate.visibleProperty().bind(model.rateLimitProperty().isNotEmpty());
        rate.managedProperty().bind(rate.visibleProperty());
        Label trouble = label("connectionTrouble", Feather.ALERT_TRIANGLE);
        trouble.getStyleClass().add("trouble");
        trouble.textProperty().bind(model.troubleProperty());
        trouble.visibleProperty().bind(model.troubleProperty().isNotEmpty());
        trouble.managedProperty().bind(trouble.visibleProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        getChildren().addAll(connection, new Separator(Orientation.VERTICAL), inFlight,
                grow, trouble, rate);
    }

    private static Label label(String id, Feather icon) {
        Label l = new Label("", new FontIcon(icon));
        l.setId(id);
        return l;
    }
}
