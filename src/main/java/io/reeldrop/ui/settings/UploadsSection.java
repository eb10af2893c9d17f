package io.reeldrop.ui.settings;

import io.reeldrop.ui.support.UiPreference;
import io.reeldrop.ui.support.UploadPreferences;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * How the form's videos travel: the legacy tasks flow instead of v1.3's assets flow, how many
 * chunks of a big file go at once, and a cap on the bandwidth all uploads take together.
 */
public final class UploadsSection implements SettingsSection {

    private final SettingsViewModel model;
    private final BooleanProperty limited = new SimpleBooleanProperty();
    private final StringProperty limitText = new SimpleStringProperty();
    private final ReadOnlyStringWrapper limitProblem = new ReadOnlyStringWrapper("");

    public UploadsSection(SettingsViewModel model) {
        this.model = model;
        model.addProblem(limitProblem.getReadOnlyProperty());
    }

    @Override
    public String title() {
        return "Uploads";
    }

    @Override
    public Node view() {
        Node legacy = SettingsRows.flag("legacyTasksFlow", "Use the legacy _tasks flow (POST /tasks)",
                "On API v1.3 the form sends videos as assets (big files in chunks that can be paused and resume"
                        + " after a restart), then indexes them. On, it sends them as tasks, as ReelDrop did before."
                        + " API v1.2 always uses tasks.", model.flag(UiPreference.LEGACY_TASKS_FLOW));
        return new VBox(12, legacy, chunks(), limit());
    }

    private Node chunks() {
        DoubleProperty value = model.number(UiPreference.PARALLEL_CHUNKS);
        Spinner<Integer> spinner = new Spinner<>(UploadPreferences.MIN_CHUNKS, UploadPreferences.MAX_CHUNKS,
                (int) Math.max(UploadPreferences.MIN_CHUNKS, Math.min(UploadPreferences.MAX_CHUNKS,
                        Math.round(value.get()))));
        spinner.setId("parallelChunks");
        spinner.setPrefWidth(80);
        spinner.valueProperty().addListener((o, a, b) -> value.set(b));
        value.set(spinner.getValue());
        Label label = new Label("_Chunks of a big file sent at once");
        label.setMnemonicParsing(true);
        label.setLabelFor(spinner);
        HBox line = new HBox(8, label, spinner);
        line.setAlignment(Pos.CENTER_LEFT);
        return new VBox(2, line, SettingsRows.help("Files over 200 MB go up in chunks; more at once can be faster"
                + " on a fast line. 1 to 16, 4 by default. Used from the next account or sandbox ReelDrop opens"
                + " (the next start, or when you connect or switch)."));
    }

    private Node limit() {
        DoubleProperty value = model.number(UiPreference.UPLOAD_LIMIT_KB);
        long saved = Math.round(value.get());
        limited.set(saved > 0);
        limitText.set(String.valueOf(saved > 0 ? Math.max(UploadPreferences.MIN_LIMIT_KB, saved) : 1024));
        CheckBox box = new CheckBox("_Limit all uploads together to");
        box.setId("limitUploads");
        box.setMnemonicParsing(true);
        box.selectedProperty().bindBidirectional(limited);
        TextField kb = new TextField();
        kb.setId("uploadLimit");
        kb.setPrefColumnCount(6);
        kb.setAccessibleText("Upload limit in KB/s");
        // Digits only: a rate is a whole number of KB/s.
        kb.setTextFormatter(new TextFormatter<String>(c -> c.getControlNewText().matches("[0-9]{0,9}") ? c : null));
        kb.textProperty().bindBidirectional(limitText);
        kb.disableProperty().bind(limited.not());
        Label unit = new Label("KB/s");
        HBox line = new HBox(8, box, kb, unit);
        line.setAlignment(Pos.CENTER_LEFT);
        Label problem = new Label();
        problem.setId("uploadLimitProblem");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.getStyleClass().add("field-problem");
        problem.textProperty().bind(limitProblem);
        problem.managedProperty().bind(limitProblem.isNotEmpty());
        limited.addListener((o, a, b) -> update(value));
        limitText.addListener((o, a, b) -> update(value));
        update(value);
        return new VBox(2, line, SettingsRows.help("A cap on the bandwidth every upload shares, at least "
                + UploadPreferences.MIN_LIMIT_KB + " KB/s (1024 KB/s is 1 MB/s). Applied as soon as you save."),
                problem);
    }

    private void update(DoubleProperty value) {
        if (!limited.get()) {
            limitProblem.set("");
            value.set(0);
            return;
        }
        String text = limitText.get() == null ? "" : limitText.get().strip();
        long kb = text.isEmpty() ? 0 : Long.parseLong(text);
        if (kb < UploadPreferences.MIN_LIMIT_KB) {
            limitProblem.set("The upload limit must be at least " + UploadPreferences.MIN_LIMIT_KB
                    + " KB/s; slower, each chunk would look stalled. Type a larger number, or switch the limit off.");
            return;
        }
        limitProblem.set("");
        value.set(kb);
    }
}
