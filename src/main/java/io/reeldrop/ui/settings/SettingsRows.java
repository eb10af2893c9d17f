package io.reeldrop.ui.settings;

import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The controls the sections are made of, so that every section looks and reads the same. */
public final class SettingsRows {

    private SettingsRows() {
    }

    /** A switch with its sentence of help under it. */
    public static VBox flag(String id, String text, String help, BooleanProperty value) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.setMnemonicParsing(true);
        box.selectedProperty().bindBidirectional(value);
        return new VBox(2, box, help(help));
    }

    /** A muted sentence that explains the control above it. */
    public static Label help(String text) {
        Label help = new Label(text);
        help.setWrapText(true);
        help.setMinHeight(Region.USE_PREF_SIZE);
        help.getStyleClass().addAll("text-muted", "settings-help");
        help.setPadding(new Insets(0, 0, 0, 26));
        return help;
    }
}
