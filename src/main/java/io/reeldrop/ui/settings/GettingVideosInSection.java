package io.reeldrop.ui.settings;

import io.reeldrop.ui.form.IndexChoice;
import io.reeldrop.ui.settings.WatchFoldersModel.Row;
import io.reeldrop.ui.support.UiPreference;
import java.io.File;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The link grabber's switch, and the watched folders with their indexes. */
public final class GettingVideosInSection implements SettingsSection {

    private final SettingsViewModel model;
    private final Supplier<File> chooseFolder;

    /** @param chooseFolder asks the person for a folder; null when they cancel */
    public GettingVideosInSection(SettingsViewModel model, Supplier<File> chooseFolder) {
        this.model = model;
        this.chooseFolder = chooseFolder;
    }

    @Override
    public String title() {
        return "Getting videos in";
    }

    @Override
    public Node view() {
        VBox box = new VBox(12, SettingsRows.flag("linkGrabber", "Offer video _links I copy",
                "When you come back to ReelDrop after copying text that holds links to video files (in a browser,"
                        + " a chat, a list), it asks whether to add them to the form. Dropped text works the same."
                        + " Nothing is added without your click.", model.flag(UiPreference.LINK_GRABBER)));
        WatchFoldersModel folders = model.folders();
        if (folders != null) {
            box.getChildren().add(folderList(folders));
        }
        return box;
    }

    private Node folderList(WatchFoldersModel folders) {
        Label heading = new Label("Watched folders");
        heading.getStyleClass().add("text-bold");
        VBox rows = new VBox(6);
        rows.setId("watchedFolders");
        Runnable fill = () -> rows.getChildren().setAll(folders.rows().stream().map(r -> row(folders, r)).toList());
        // Rows added or removed redraw the list; an index chosen in a row must not (its box would be
        // replaced while the person uses it).
        folders.rows().addListener((ListChangeListener<Row>) c -> {
            while (c.next()) {
                if (c.wasAdded() || c.wasRemoved() || c.wasPermutated()) {
                    fill.run();
                    return;
                }
            }
        });
        fill.run();
        Button add = new Button("Add a _folder\u2026", new FontIcon(Feather.FOLDER_PLUS));
        add.setId("addWatchedFolder");
        add.setMnemonicParsing(true);
        add.setOnAction(e -> {
            File chosen = chooseFolder.get();
            if (chosen != null) {
                folders.add(chosen.toPath());
            }
        });
        Label problem = new Label();
        problem.setId("watchedFoldersProblem");
        problem.setWrapText(true);
        problem.getStyleClass().add("field-problem");
        problem.textProperty().bind(folders.problem());
        problem.managedProperty().bind(folders.problem().isNotEmpty());
        return new VBox(6, heading, SettingsRows.help("New video files in these folders are sent to their index once"
                + " they stop growing, each file once. Videos already there when a folder is added are left alone."
                + " A folder is watched while ReelDrop runs on this account."), rows, add, problem);
    }

    private static Node row(WatchFoldersModel folders, Row row) {
        Label path = new Label(row.folder().toString(), new FontIcon(Feather.FOLDER));
        path.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(path, Priority.ALWAYS);
        ComboBox<IndexChoice> index = new ComboBox<>(folders.indexes());
        index.setPromptText("Choose an index");
        index.setAccessibleText("Index for " + row.folder().getFileName());
        index.setConverter(new StringConverter<>() {
            @Override
            public String toString(IndexChoice c) {
                return c == null ? "" : c.name() != null ? c.name() : c.id();
            }

            @Override
            public IndexChoice fromString(String s) {
                return null;
            }
        });
        index.valueProperty().bindBidirectional(row.indexProperty());
        Button remove = new Button(null, new FontIcon(Feather.X));
        remove.setAccessibleText("Stop watching " + row.folder());
        remove.getStyleClass().add("flat");
        remove.setOnAction(e -> folders.remove(row));
        HBox line = new HBox(8, path, index, remove);
        line.getStyleClass().add("watched-folder");
        return line;
    }
}
