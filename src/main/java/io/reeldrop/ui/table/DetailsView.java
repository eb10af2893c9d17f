package io.reeldrop.ui.table;

import io.reeldrop.listing.TaskText;
import io.reeldrop.listing.FailureReasons;
import io.reeldrop.listing.Formats;
import io.reeldrop.listing.RowStatus;
import io.reeldrop.listing.UploadText;
import io.reeldrop.tracking.model.UploadFlow;
import io.reeldrop.api.Task;
import io.reeldrop.tracking.TrackedTask;
import io.reeldrop.tracking.eta.Eta;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Everything known about one task: every field, the failure reason in words, once ready its
 * stream (the HLS link and a thumbnail), its user metadata (editable), and the API's raw JSON.
 * Values are read-only text fields so a person can select and copy any of them.
 */
public final class DetailsView extends VBox {

    private final ObjectProperty<TrackedTask> task = new SimpleObjectProperty<>();
    private final GridPane fields = new GridPane();
    private final Label reason = new Label();
    private final TextArea raw = new TextArea();
    private final Button close = new Button("Close");
    private final StreamSection stream;
    private final MetadataSection metadata;

    /** @param openUrl opens the HLS link in the browser */
    public DetailsView(MetadataEditing editing, Consumer<String> openUrl) {
        stream = new StreamSection(openUrl);
        metadata = new MetadataSection(editing);
        setId("details");
        getStyleClass().add("details-pane");
        setSpacing(10);
        setPadding(new Insets(12));
        setMinWidth(280);
        Label title = new Label("Task details");
        title.getStyleClass().add("title-4");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        close.setId("closeDetails");
        close.setCancelButton(false);
        HBox header = new HBox(8, title, grow, close);
        fields.setHgap(8);
        fields.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        fields.getColumnConstraints().setAll(labels, values);
        reason.setId("failureReason");
        reason.setWrapText(true);
        reason.getStyleClass().add("failure-reason");
        raw.setId("rawJson");
        raw.setEditable(false);
        raw.setWrapText(true);
        raw.setAccessibleText("The API's answer as raw JSON");
        raw.getStyleClass().add("raw-json");
        raw.setPrefRowCount(8);
        raw.setMinHeight(80);
        VBox body = new VBox(10, reason, stream, metadata, fields, new Label("Raw JSON from the API"), raw);
        body.setPadding(new Insets(0, 4, 0, 0));
        // Scrolls inside itself, so a long task never pushes the rest of the window away.
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setMinHeight(0);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        setMinHeight(0);
        getChildren().addAll(header, scroll);
        task.addListener((o, a, b) -> render(b));
    }

    public ObjectProperty<TrackedTask> taskProperty() {
        return task;
    }

    public Button closeButton() {
        return close;
    }

    private void render(TrackedTask t) {
        fields.getChildren().clear();
        stream.show(t);
        metadata.show(t);
        if (t == null) {
            reason.setText("");
            raw.setText("");
            return;
        }
        RowStatus status = RowStatus.of(t);
        String why = FailureReasons.describe(t);
        reason.setText(why == null ? "" : why);
        reason.setVisible(why != null);
        reason.setManaged(why != null);
        int row = 0;
        row = add(row, "Video", TaskText.videoName(t));
        row = add(row, t.submission().videoUrl() != null ? "URL" : "File",
                t.submission().videoUrl() != null ? t.submission().videoUrl() : String.valueOf(t.submission().videoFile()));
        row = add(row, "Status", status.text());
        row = add(row, "Index", t.submission().indexId());
        row = add(row, "Language", t.submission().language());
        row = add(row, "Local id", t.localId());
        row = add(row, "Submitted", Formats.dateTime(t.submittedAt()));
        if (t.note() != null && (why == null || !t.note().contains(why))) {
            row = add(row, "Note", t.note());
        }
        if (t.bytesTotal() > 0) {
            String upload = UploadText.progress(t);
            row = add(row, "Uploaded", upload != null ? upload : Formats.bytes(t.bytesSent(), t.bytesTotal()));
        }
        row = add(row, "Flow", t.submission().flow() == UploadFlow.ASSETS ? "assets (an asset, then an indexed asset)"
                : "tasks (POST /tasks)");
        if (t.submission().enableVideoStream() != null) {
            row = add(row, "Streaming", t.submission().enableVideoStream() ? "kept for streaming" : "not kept");
        }
        if (t.eta() != null && !t.isSettled()) {
            row = add(row, "Expected", Formats.dateTime(t.eta().at())
                    + (t.eta().source() == Eta.Source.ESTIMATE ? " (estimated by ReelDrop)" : " (from the API)"));
        }
        Task api = t.task();
        if (api != null) {
            row = add(row, "Task id", api.id());
            row = add(row, "Video id", api.videoId());
            row = add(row, "Created", Formats.dateTime(api.createdAt()));
            row = add(row, "Updated", Formats.dateTime(api.updatedAt()));
            row = add(row, "Duration", Formats.duration(api.metadata().duration()));
            row = add(row, "Resolution", Formats.resolution(api.metadata().width(), api.metadata().height()));
            row = add(row, "Filename", api.metadata().filename());
        }
        List<Map.Entry<String, Instant>> seen = new ArrayList<>(t.statusTimes().entrySet());
        seen.sort(Map.Entry.comparingByValue());
        for (Map.Entry<String, Instant> e : seen) {
            row = add(row, "Became " + e.getKey(), Formats.dateTime(e.getValue()));
        }
        raw.setText(api == null || api.rawJson() == null ? "(no answer from the API yet)" : api.rawJson());
    }

    /**
     * Ids go in read-only text fields so they can be selected and copied; longer values wrap
     * in labels so nothing is cut off.
     */
    private int add(int row, String label, String value) {
        if (value == null || value.isBlank()) {
            return row;
        }
        Label l = new Label(label);
        l.getStyleClass().add("text-muted");
        Control v;
        if (value.length() <= 40 && value.indexOf(' ') < 0) {
            TextField field = new TextField(value);
            field.setEditable(false);
            field.getStyleClass().add("details-value");
            v = field;
        } else {
            Label text = new Label(value);
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
            v = text;
        }
        v.setAccessibleText(label + ": " + value);
        v.setMaxWidth(Double.MAX_VALUE);
        l.setLabelFor(v);
        fields.addRow(row, l, v);
        return row + 1;
    }
}
