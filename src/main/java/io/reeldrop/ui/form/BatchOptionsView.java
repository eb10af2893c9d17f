package io.reeldrop.ui.form;

import io.reeldrop.ui.form.BatchOptions.StreamChoice;
import io.reeldrop.ui.metadata.MetadataEditor;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The form's per-batch options: a button that opens the user metadata editor (built the first time
 * it opens, since most batches carry none), the streaming choice, and the flow beside Submit.
 */
final class BatchOptionsView {

    private final BatchOptions options;
    private final ToggleButton metadataButton = new ToggleButton();
    private final StackPane editorHost = new StackPane();

    BatchOptionsView(BatchOptions options) {
        this.options = options;
    }

    /** The metadata button with its summary, and the streaming box. */
    HBox optionsRow() {
        metadataButton.setId("metadataToggle");
        metadataButton.setMnemonicParsing(true);
        metadataButton.setGraphic(new FontIcon(Feather.TAG));
        metadataButton.getStyleClass().add("small");
        Runnable label = () -> {
            int n = options.metadata().keyCount();
            metadataButton.setText("User _metadata" + (n == 0 ? "" : " (" + n + ")"));
        };
        options.metadata().rows().addListener((ListChangeListener<Object>) c -> label.run());
        label.run();
        metadataButton.disableProperty().bind(options.metadataAllowedProperty().not());
        Tooltip why = new Tooltip();
        why.textProperty().bind(Bindings.when(options.metadataAllowedProperty())
                .then("Keys and values sent with every video of this batch (text, numbers, true/false)")
                .otherwise(options.metadataNoteProperty()));
        metadataButton.setTooltip(why);
        metadataButton.selectedProperty().addListener((o, was, open) -> showEditor(open));
        options.metadataAllowedProperty().addListener((o, was, allowed) -> {
            if (!allowed) {
                metadataButton.setSelected(false);
            }
        });
        Label note = new Label();
        note.setId("metadataNote");
        note.getStyleClass().add("text-muted");
        note.textProperty().bind(options.metadataNoteProperty());
        note.visibleProperty().bind(options.metadataNoteProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());

        ComboBox<StreamChoice> stream = new ComboBox<>(options.streamChoices());
        stream.setId("streamChoice");
        stream.valueProperty().bindBidirectional(options.streamProperty());
        stream.setAccessibleText("Keep the video for streaming (HLS)");
        stream.setTooltip(new Tooltip("Keep the video for streaming (enable_video_stream): the details then"
                + " offer its HLS link and thumbnail once it is ready."));
        Label streamLabel = new Label("Stre_aming");
        streamLabel.setMnemonicParsing(true);
        streamLabel.setLabelFor(stream);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox row = new HBox(8, metadataButton, note, grow, streamLabel, stream);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** Where the editor appears under the options row; empty and out of the layout until opened. */
    StackPane editorHost() {
        editorHost.setVisible(false);
        editorHost.setManaged(false);
        return editorHost;
    }

    /** "as assets" or "as tasks", muted, with the reason as its tooltip. */
    Label flowLabel() {
        Label flow = new Label();
        flow.setId("flowText");
        flow.getStyleClass().add("text-muted");
        flow.textProperty().bind(options.flowTextProperty());
        Tooltip help = new Tooltip();
        help.textProperty().bind(options.flowHelpProperty());
        help.setWrapText(true);
        help.setMaxWidth(380);
        flow.setTooltip(help);
        flow.setMinWidth(Region.USE_PREF_SIZE);
        return flow;
    }

    private void showEditor(boolean open) {
        if (open && editorHost.getChildren().isEmpty()) {
            MetadataEditor editor = new MetadataEditor(options.metadata(), "form");
            editorHost.getChildren().add(editor);
            if (options.metadata().rows().isEmpty()) {
                options.metadata().add();
            }
        }
        editorHost.setVisible(open);
        editorHost.setManaged(open);
        if (open) {
            ((MetadataEditor) editorHost.getChildren().get(0)).focusFirstKey();
        }
    }
}
