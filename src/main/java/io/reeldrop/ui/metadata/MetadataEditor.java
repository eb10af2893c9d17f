package io.reeldrop.ui.metadata;

import io.reeldrop.ui.metadata.MetadataRows.Kind;
import io.reeldrop.ui.metadata.MetadataRows.Row;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The rows of a {@link MetadataRows} as key, kind and value fields with a remove button each, an
 * add button, and the first problem under them. Rows are redrawn only when one is added or
 * removed, never while a field is typed in.
 */
public final class MetadataEditor extends VBox {

    private final MetadataRows model;
    private final VBox lines = new VBox(4);
    private final Button add = new Button("Add a _key", new FontIcon(Feather.PLUS));

    /** @param idPrefix distinguishes the editors of one window in tests and for screen readers */
    public MetadataEditor(MetadataRows model, String idPrefix) {
        this.model = model;
        setId(idPrefix + "Metadata");
        setSpacing(6);
        getStyleClass().add("metadata-editor");
        lines.setId(idPrefix + "MetadataRows");
        add.setId(idPrefix + "AddMetadata");
        add.setMnemonicParsing(true);
        add.getStyleClass().add("small");
        add.setOnAction(e -> {
            model.add();
            focusLastKey();
        });
        Label problem = new Label();
        problem.setId(idPrefix + "MetadataProblem");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.getStyleClass().add("field-problem");
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        model.rows().addListener((ListChangeListener<Row>) c -> {
            while (c.next()) {
                if (c.wasAdded() || c.wasRemoved() || c.wasPermutated()) {
                    redraw();
                    return;
                }
            }
        });
        redraw();
        getChildren().addAll(lines, add, problem);
    }

    public Button addButton() {
        return add;
    }

    private void redraw() {
        lines.getChildren().setAll(model.rows().stream().map(this::line).toList());
    }

    private Node line(Row row) {
        TextField key = new TextField();
        key.getStyleClass().add("metadata-key");
        key.setPromptText("key, e.g. camera");
        key.setPrefColumnCount(10);
        key.textProperty().bindBidirectional(row.keyProperty());
        key.setAccessibleText("Metadata key");
        ComboBox<Kind> kind = new ComboBox<>();
        kind.getItems().setAll(Kind.values());
        kind.getStyleClass().add("metadata-kind");
        kind.valueProperty().bindBidirectional(row.kindProperty());
        kind.setAccessibleText("Kind of value");
        kind.setTooltip(new Tooltip("Sent as text, as a number, or as true/false"));
        TextField value = new TextField();
        value.getStyleClass().add("metadata-value");
        value.setPromptText(promptFor(row.kindProperty().get()));
        row.kindProperty().addListener((o, a, b) -> value.setPromptText(promptFor(b)));
        value.textProperty().bindBidirectional(row.valueProperty());
        value.setAccessibleText("Metadata value");
        HBox.setHgrow(value, Priority.ALWAYS);
        Button remove = new Button(null, new FontIcon(Feather.X));
        remove.getStyleClass().addAll("flat", "metadata-remove");
        remove.setAccessibleText("Remove this key");
        remove.setTooltip(new Tooltip("Remove this key"));
        remove.setOnAction(e -> model.remove(row));
        HBox line = new HBox(6, key, kind, value, remove);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("metadata-row");
        return line;
    }

    private static String promptFor(Kind k) {
        return switch (k) {
            case NUMBER -> "e.g. 3 or 2.5";
            case BOOLEAN -> "true or false";
            default -> "value";
        };
    }

    /** Puts the caret in the first row's key, as the editor opens. */
    public void focusFirstKey() {
        if (!lines.getChildren().isEmpty()) {
            ((HBox) lines.getChildren().get(0)).getChildren().get(0).requestFocus();
        }
    }

    private void focusLastKey() {
        if (!lines.getChildren().isEmpty()) {
            Node last = lines.getChildren().get(lines.getChildren().size() - 1);
            ((HBox) last).getChildren().get(0).requestFocus();
        }
    }
}
