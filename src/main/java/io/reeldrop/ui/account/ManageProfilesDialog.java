package io.reeldrop.ui.account;

import io.reeldrop.session.SavedProfile;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Profile > Manage profiles: the profiles in a list; a saved account can be renamed (its tasks
 * and key follow the name) or removed (its key leaves the key store, its tasks stay in the
 * history). The sandbox is always there. Removing the open profile moves the window to the sandbox.
 */
public final class ManageProfilesDialog extends Dialog<Void> {

    private static final ButtonType REMOVE = new ButtonType("Remove", ButtonBar.ButtonData.OK_DONE);

    /** @param removed told of each removed profile, on the UI thread */
    public ManageProfilesDialog(Window owner, ProfilesModel model, Consumer<SavedProfile> removed) {
        initOwner(owner);
        setTitle("Manage profiles");
        setHeaderText("Rename or remove a saved account");
        ListView<SavedProfile> list = new ListView<>(model.profiles());
        list.setId("profileList");
        list.setPrefSize(460, 200);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(SavedProfile p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.describe() + (model.isOpen(p) ? "  (open)" : ""));
            }
        });
        TextField name = new TextField();
        name.setId("renameTo");
        name.setPromptText("New name");
        name.setAccessibleText("New name of the selected profile");
        HBox.setHgrow(name, Priority.ALWAYS);
        Button rename = new Button("_Rename");
        rename.setId("renameProfile");
        Button remove = new Button("Re_move\u2026");
        remove.setId("removeProfile");
        BooleanBinding noAccount = Bindings.createBooleanBinding(() -> list.getSelectionModel().getSelectedItem() == null
                || list.getSelectionModel().getSelectedItem().isSandbox(), list.getSelectionModel().selectedItemProperty());
        name.disableProperty().bind(noAccount);
        rename.disableProperty().bind(noAccount.or(model.busyProperty()).or(name.textProperty().isEmpty()));
        remove.disableProperty().bind(noAccount.or(model.busyProperty()));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) ->
                name.setText(b == null || b.isSandbox() ? "" : b.name()));
        rename.setOnAction(e -> model.rename(list.getSelectionModel().getSelectedItem(), name.getText()));
        remove.setOnAction(e -> {
            SavedProfile p = list.getSelectionModel().getSelectedItem();
            if (p != null && confirmRemove(p)) {
                model.remove(p, removed);
            }
        });
        Label message = new Label();
        message.setId("profilesMessage");
        message.setWrapText(true);
        message.setPrefWidth(460);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(model.messageProperty());
        VBox content = new VBox(8, list, new HBox(8, name, rename, remove), message);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        model.refresh();
    }

    private boolean confirmRemove(SavedProfile p) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "Its API key is removed from the key store. Its tasks"
                + " stay in the history: All profiles in the table lists them.", REMOVE, ButtonType.CANCEL);
        ask.initOwner(getDialogPane().getScene().getWindow());
        ask.setTitle("Remove a profile");
        ask.setHeaderText("Remove the profile \"" + p.name() + "\"?");
        return ask.showAndWait().filter(b -> b == REMOVE).isPresent();
    }
}
