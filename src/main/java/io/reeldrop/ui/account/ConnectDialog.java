package io.reeldrop.ui.account;

import io.reeldrop.session.Session;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * Adds a real account as a profile (Profile > Add an account): its name, API URL and key. The
 * dialog stays open while the key is checked and closes only on
 * success, handing back the new backend; a failed check says why beside the fields.
 */
public final class ConnectDialog extends Dialog<Session> {

    public static final ButtonType CONNECT = new ButtonType("Check and _connect", ButtonBar.ButtonData.OK_DONE);

    public ConnectDialog(Window owner, ConnectViewModel model) {
        initOwner(owner);
        setTitle("Add a Twelve Labs account");
        setHeaderText("Add a Twelve Labs account as a profile");
        TextField name = new TextField();
        name.setId("profileName");
        name.setPromptText("Work (empty: the host's name)");
        name.textProperty().bindBidirectional(model.nameProperty());
        name.setAccessibleText("Profile name");
        ComboBox<String> url = new ComboBox<>();
        url.setId("apiUrl");
        url.setEditable(true);
        url.getItems().setAll(ConnectViewModel.V13, ConnectViewModel.V12);
        url.getEditor().textProperty().bindBidirectional(model.apiUrlProperty());
        url.setPrefWidth(340);
        url.setAccessibleText("API URL");
        PasswordField key = new PasswordField();
        key.setId("apiKey");
        key.setPromptText("tlk_\u2026");
        key.textProperty().bindBidirectional(model.keyProperty());
        key.setAccessibleText("API key");
        Label note = new Label();
        note.textProperty().bind(model.noteProperty());
        note.setWrapText(true);
        note.setPrefWidth(420);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.getStyleClass().add("text-muted");
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(16, 16);
        spinner.visibleProperty().bind(model.checkingProperty());
        Label message = new Label();
        message.setId("connectMessage");
        message.setWrapText(true);
        message.setPrefWidth(400);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(model.messageProperty());
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        Label nameLabel = new Label("_Name");
        nameLabel.setMnemonicParsing(true);
        nameLabel.setMinWidth(Region.USE_PREF_SIZE);
        nameLabel.setLabelFor(name);
        Label urlLabel = new Label("API _URL");
        urlLabel.setMnemonicParsing(true);
        urlLabel.setMinWidth(Region.USE_PREF_SIZE);
        urlLabel.setLabelFor(url);
        Label keyLabel = new Label("API _key");
        keyLabel.setMnemonicParsing(true);
        keyLabel.setMinWidth(Region.USE_PREF_SIZE);
        keyLabel.setLabelFor(key);
        grid.addRow(0, nameLabel, name);
        grid.addRow(1, urlLabel, url);
        grid.addRow(2, keyLabel, key);
        grid.add(note, 1, 3);
        HBox status = new HBox(8, spinner, message);
        spinner.managedProperty().bind(spinner.visibleProperty());
        grid.add(status, 1, 4);
        grid.setPrefWidth(540);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(CONNECT, ButtonType.CANCEL);
        Button connect = (Button) getDialogPane().lookupButton(CONNECT);
        connect.disableProperty().bind(model.checkingProperty().or(model.keyProperty().isEmpty()));
        connect.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.connect(backend -> {
                setResult(backend);
                close();
            });
        });
        // A dialog does not grow by itself: without this a long refusal pushes the buttons away.
        // The note too: it is filled in once the key store answers, after the dialog is shown.
        Runnable fit = () -> Platform.runLater(() -> {
            if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
                getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        model.messageProperty().addListener((o, a, b) -> fit.run());
        model.noteProperty().addListener((o, a, b) -> fit.run());
        setResultConverter(b -> null);
        setOnShown(e -> name.requestFocus());
    }
}
