package io.reeldrop.ui.table;

import io.reeldrop.listing.UserMetadata;
import io.reeldrop.tracking.TrackedTask;
import io.reeldrop.ui.metadata.MetadataEditor;
import io.reeldrop.ui.metadata.MetadataRows;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The details' user metadata: the keys and values the platform holds for the video, and Edit,
 * which turns them into an editor whose Save sends only what changed (a removed key as a delete).
 * While a person edits, updates of the same row leave the editor alone.
 */
final class MetadataSection extends VBox {

    private final MetadataEditing editing;
    private final GridPane values = new GridPane();
    private final Label none = new Label("None");
    private final Button edit = new Button("_Edit", new FontIcon(Feather.EDIT_2));
    private final Label status = new Label();
    private final VBox editorBox = new VBox(6);
    private TrackedTask shown;
    /** The values an edit was made from; null while not editing. */
    private Map<String, Object> before;
    private MetadataRows rows;
    /** What a save set, shown until the platform's answer says otherwise: tasks are not re-read. */
    private String savedFor;
    private Map<String, Object> savedFrom;
    private Map<String, Object> saved;

    MetadataSection(MetadataEditing editing) {
        this.editing = editing;
        setId("detailsMetadata");
        setSpacing(6);
        Label title = new Label("User metadata");
        title.getStyleClass().add("text-bold");
        edit.setId("editMetadata");
        edit.setMnemonicParsing(true);
        edit.getStyleClass().add("small");
        edit.setOnAction(e -> startEditing());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox header = new HBox(8, title, grow, edit);
        header.setAlignment(Pos.CENTER_LEFT);
        values.setId("metadataValues");
        values.setHgap(8);
        values.setVgap(2);
        none.getStyleClass().add("text-muted");
        status.setId("metadataStatus");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.visibleProperty().bind(status.textProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        editorBox.setVisible(false);
        editorBox.setManaged(false);
        getChildren().addAll(header, values, none, editorBox, status);
    }

    /** Shows {@code t}'s metadata, unless the person is editing this same row's. */
    void show(TrackedTask t) {
        boolean sameRow = t != null && shown != null && shown.localId().equals(t.localId());
        shown = t;
        if (!sameRow) {
            stopEditing();
            status.setText("");
        }
        if (before != null) {
            return;
        }
        render();
    }

    private Map<String, Object> current() {
        Map<String, Object> fromTask = UserMetadata.of(shown);
        if (saved != null && shown.localId().equals(savedFor) && Objects.equals(fromTask, savedFrom)) {
            return saved;
        }
        saved = null;
        return fromTask;
    }

    private void render() {
        values.getChildren().clear();
        if (shown == null) {
            return;
        }
        Map<String, Object> m = current();
        int row = 0;
        for (Map.Entry<String, Object> e : m.entrySet()) {
            Label key = new Label(e.getKey());
            key.getStyleClass().add("text-muted");
            Label value = new Label(String.valueOf(e.getValue()));
            value.setWrapText(true);
            value.setAccessibleText(e.getKey() + ": " + e.getValue());
            values.addRow(row++, key, value);
        }
        none.setVisible(m.isEmpty());
        none.setManaged(m.isEmpty());
        boolean onPlatform = shown.task() != null;
        edit.setVisible(editing.editableProperty().get());
        edit.setManaged(edit.isVisible());
        edit.setDisable(!onPlatform);
    }

    private void startEditing() {
        if (shown == null) {
            return;
        }
        before = new LinkedHashMap<>(current());
        rows = new MetadataRows();
        rows.setAll(before);
        if (before.isEmpty()) {
            rows.add();
        }
        MetadataEditor editor = new MetadataEditor(rows, "details");
        editor.addButton().setText("Add a key");
        Button save = new Button("Save");
        save.setId("saveMetadata");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(rows.problemProperty().isNotEmpty());
        save.setOnAction(e -> save(save));
        Button cancel = new Button("Cancel");
        cancel.setId("cancelMetadata");
        cancel.setOnAction(e -> {
            stopEditing();
            status.setText("");
            render();
        });
        editorBox.getChildren().setAll(editor, new HBox(8, save, cancel));
        editorBox.setVisible(true);
        editorBox.setManaged(true);
        values.setVisible(false);
        values.setManaged(false);
        none.setVisible(false);
        none.setManaged(false);
        edit.setDisable(true);
        status.setText("");
        editor.focusFirstKey();
    }

    private void save(Button save) {
        Map<String, Object> changes = rows.changesFrom(before);
        if (changes.isEmpty()) {
            status.setText("Nothing changed.");
            return;
        }
        String localId = shown.localId();
        Map<String, Object> from = UserMetadata.of(shown);
        Map<String, Object> after = rows.values();
        save.disableProperty().unbind();
        save.setDisable(true);
        status.setText("Saving\u2026");
        editing.update(localId, changes, problem -> {
            if (shown == null || !shown.localId().equals(localId)) {
                return;
            }
            if (problem != null) {
                status.setText(problem);
                save.disableProperty().bind(rows.problemProperty().isNotEmpty());
                return;
            }
            savedFor = localId;
            savedFrom = from;
            saved = after;
            stopEditing();
            status.setText("Saved.");
            render();
        });
    }

    private void stopEditing() {
        before = null;
        rows = null;
        editorBox.getChildren().clear();
        editorBox.setVisible(false);
        editorBox.setManaged(false);
        values.setVisible(true);
        values.setManaged(true);
    }
}
