package io.reeldrop.ui.settings;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * File &gt; Settings…: the sections one under the other, Save and Cancel. Save writes the model
 * and closes once what has to be written in the background is on disk; the result is true then.
 */
public final class SettingsDialog extends Dialog<Boolean> {

    public static final ButtonType SAVE = new ButtonType("_Save", ButtonBar.ButtonData.OK_DONE);

    private Runnable onSaved = () -> { };

    public SettingsDialog(Window owner, SettingsViewModel model, List<SettingsSection> sections) {
        initOwner(owner);
        setTitle("ReelDrop settings");
        setHeaderText(null);
        VBox content = new VBox(14);
        content.setId("settings");
        for (SettingsSection s : sections) {
            if (!content.getChildren().isEmpty()) {
                content.getChildren().add(new Separator());
            }
            Label title = new Label(s.title());
            title.getStyleClass().addAll("title-4", "settings-title");
            content.getChildren().add(new VBox(8, title, s.view()));
        }
        content.setPrefWidth(620);
        content.setPadding(new Insets(4, 16, 8, 16));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(420);
        scroll.getStyleClass().add("edge-to-edge");
        getDialogPane().setContent(scroll);
        getDialogPane().getButtonTypes().setAll(SAVE, ButtonType.CANCEL);
        Button save = (Button) getDialogPane().lookupButton(SAVE);
        BooleanProperty saving = new SimpleBooleanProperty();
        save.disableProperty().bind(saving.or(Bindings.isNotEmpty(model.problem())));
        save.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            saving.set(true);
            model.save(() -> {
                setResult(Boolean.TRUE);
                close();
                onSaved.run();
            }, () -> saving.set(false));
        });
        setResultConverter(b -> Boolean.FALSE);
        setResizable(true);
    }

    /** Runs once after Save has written everything and the dialog has closed. */
    public void setOnSaved(Runnable action) {
        onSaved = action;
    }
}
