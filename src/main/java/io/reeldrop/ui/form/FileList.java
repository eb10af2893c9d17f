package io.reeldrop.ui.form;

import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;

/**
 * The files chosen for upload. Most sessions add none, so until the first file arrives this is
 * one label drawn like an empty list; the list itself (a virtual flow with scroll bars, the
 * costliest kind of control to style and lay out) is built on the first file, which keeps it
 * out of the window's first frame.
 */
final class FileList extends StackPane {

    private final FormViewModel model;
    private ListView<Path> list;

    FileList(FormViewModel model) {
        this.model = model;
        Label empty = new Label("No files added");
        empty.setId("noFiles");
        empty.getStyleClass().add("empty-file-list");
        // Not a Tab stop while there is nothing to select or delete; a screen reader still says what it is.
        empty.setAccessibleText("Files to upload: none added yet. Use Add files or drop files on the window.");
        empty.setAlignment(Pos.CENTER);
        empty.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        setPrefHeight(44);
        getChildren().add(empty);
        model.files().addListener(new ListChangeListener<Path>() {
            @Override
            public void onChanged(Change<? extends Path> c) {
                model.files().removeListener(this);
                getChildren().setAll(list());
            }
        });
    }

    private ListView<Path> list() {
        list = new ListView<>(model.files());
        list.setId("files");
        list.setPlaceholder(new Label("No files added"));
        list.setAccessibleText("Files to upload; Delete removes the selected one");
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(Path p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.getFileName().toString());
                setTooltip(empty || p == null ? null : new Tooltip(p.toString()));
            }
        });
        list.setOnKeyPressed(e -> {
            Path selected = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.DELETE && selected != null) {
                model.removeFile(selected);
            }
        });
        return list;
    }
}
