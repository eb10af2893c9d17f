package io.reeldrop.ui.form;

import atlantafx.base.theme.Styles;
import io.reeldrop.ui.action.StandardAction;
import java.io.File;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The submission form. Tab order follows reading order: index, refresh, new index, language,
 * URLs, add files, user metadata, streaming, submit. Every label has a mnemonic (Alt+letter) that focuses its field.
 */
public final class FormView extends GridPane {

    private static final int PROBLEMS_SHOWN = 5;

    private final FormViewModel model;
    private final BatchOptionsView batch;
    private final ComboBox<IndexChoice> index = new ComboBox<>();
    private final TextArea urls = new TextArea();
    private final Button submit = new Button("_Submit", new FontIcon(Feather.SEND));
    /** Icon only; its command and enabled state come from the window's "New index" action. */
    private final Button createIndex = new Button("", new FontIcon(Feather.FOLDER_PLUS));

    public FormView(FormViewModel model) {
        this.model = model;
        this.batch = new BatchOptionsView(model.options());
        setId("form");
        setMinHeight(Region.USE_PREF_SIZE);
        getStyleClass().add("submit-form");
        setHgap(10);
        setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints main = new ColumnConstraints();
        main.setHgrow(Priority.ALWAYS);
        ColumnConstraints side = new ColumnConstraints(250);
        getColumnConstraints().setAll(labels, main, side);

        addRow(0, label("_Index", index), indexRow());
        add(indexMessage(), 1, 1, 2, 1);
        addRow(2, label("Video _URLs", urls), urlBox(), filesBox());
        add(problemList(), 1, 3, 2, 1);
        add(batch.optionsRow(), 1, 4, 2, 1);
        add(batch.editorHost(), 1, 5, 2, 1);
        add(submitRow(), 1, 6, 2, 1);
    }

    private HBox indexRow() {
        index.setId("index");
        index.setEditable(true);
        index.setItems(model.indexes());
        index.setPromptText("Choose an index or type its id");
        index.setAccessibleText("Index: choose one or type its id");
        index.setMaxWidth(Double.MAX_VALUE);
        index.setConverter(new StringConverter<>() {
            @Override
            public String toString(IndexChoice c) {
                return c == null ? "" : c.label();
            }

            @Override
            public IndexChoice fromString(String s) {
                return s == null || s.isBlank() ? null : new IndexChoice(s.strip(), null, null);
            }
        });
        index.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(IndexChoice c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.label());
            }
        });
        index.getEditor().textProperty().bindBidirectional(model.indexTextProperty());
        model.indexProblemProperty().addListener((o, a, b) ->
                index.pseudoClassStateChanged(Styles.STATE_DANGER, !b.isEmpty()));
        HBox.setHgrow(index, Priority.ALWAYS);
        Button refresh = new Button("", new FontIcon(Feather.REFRESH_CW));
        refresh.setId("refreshIndexes");
        refresh.setTooltip(new Tooltip(
                "Reload the account's indexes (" + StandardAction.REFRESH_INDEXES.keyText() + ")"));
        refresh.setAccessibleText("Reload the indexes");
        refresh.disableProperty().bind(model.loadingIndexesProperty());
        refresh.setOnAction(e -> model.refreshIndexes());

        TextField language = new TextField();
        language.setId("language");
        language.setPrefColumnCount(5);
        language.setPromptText("e.g. en");
        language.textProperty().bindBidirectional(model.languageProperty());
        Tooltip hint = new Tooltip();
        hint.textProperty().bind(model.languageHintProperty());
        hint.setWrapText(true);
        hint.setMaxWidth(360);
        language.setTooltip(hint);
        language.accessibleHelpProperty().bind(model.languageHintProperty());
        FontIcon info = new FontIcon(Feather.INFO);
        Label infoLabel = new Label("", info);
        infoLabel.setTooltip(hint);
        createIndex.setId("createIndexButton");
        createIndex.setTooltip(new Tooltip("Create a new index in this account"));
        createIndex.setAccessibleText("Create a new index");
        HBox row = new HBox(8, index, refresh, createIndex, label("_Language", language), language, infoLabel);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Label indexMessage() {
        Label l = new Label();
        l.setId("indexMessage");
        l.textProperty().bind(Bindings.when(model.indexProblemProperty().isEmpty())
                .then(model.indexStatusProperty()).otherwise(model.indexProblemProperty()));
        model.indexProblemProperty().addListener((o, a, b) -> {
            l.getStyleClass().remove("field-problem");
            if (!b.isEmpty()) {
                l.getStyleClass().add("field-problem");
            }
        });
        l.getStyleClass().add("text-muted");
        return l;
    }

    private TextArea urlBox() {
        urls.setId("urls");
        urls.setPromptText("Paste one video URL per line (https://\u2026/video.mp4), or drop links and files here");
        urls.setPrefRowCount(3);
        urls.setAccessibleText("Video URLs, one per line");
        urls.textProperty().bindBidirectional(model.urlsProperty());
        urls.disableProperty().bind(model.submittingProperty());
        model.problems().addListener((ListChangeListener<String>) c ->
                urls.pseudoClassStateChanged(Styles.STATE_DANGER, !model.problems().isEmpty()));
        return urls;
    }

    private VBox filesBox() {
        FileList files = new FileList(model);
        Button add = new Button("Add _files\u2026", new FontIcon(Feather.FILE_PLUS));
        add.setId("addFiles");
        add.setMaxWidth(Double.MAX_VALUE);
        add.setOnAction(e -> chooseFiles());
        VBox box = new VBox(6, files, add);
        return box;
    }

    /**
     * One wrapping line per problem, at most {@value #PROBLEMS_SHOWN} with a count of the rest,
     * so every sentence is readable in full without a scrollbar.
     */
    private VBox problemList() {
        VBox box = new VBox(2);
        box.setId("problems");
        box.getStyleClass().add("problem-list");
        box.setAccessibleText("Lines that need attention");
        box.visibleProperty().bind(Bindings.isNotEmpty(model.problems()));
        box.managedProperty().bind(box.visibleProperty());
        box.setMinHeight(Region.USE_PREF_SIZE);
        model.problems().addListener((ListChangeListener<String>) c -> {
            box.getChildren().clear();
            List<String> all = model.problems();
            for (int i = 0; i < Math.min(all.size(), PROBLEMS_SHOWN); i++) {
                Label l = new Label(all.get(i), new FontIcon(Feather.ALERT_CIRCLE));
                l.setWrapText(true);
                l.setMinHeight(Region.USE_PREF_SIZE);
                box.getChildren().add(l);
            }
            if (all.size() > PROBLEMS_SHOWN) {
                box.getChildren().add(new Label("\u2026 and " + (all.size() - PROBLEMS_SHOWN) + " more lines to fix."));
            }
        });
        return box;
    }

    private HBox submitRow() {
        submit.setId("submit");
        submit.getStyleClass().add("accent");
        submit.disableProperty().bind(model.submittingProperty());
        submit.setOnAction(e -> model.submit());
        submit.setTooltip(new Tooltip("Send the videos (" + StandardAction.SUBMIT.keyText() + ")"));
        Label result = new Label();
        result.setId("result");
        result.textProperty().bind(model.resultProperty());
        result.setWrapText(true);
        HBox row = new HBox(10, submit, batch.flowLabel(), result);
        // Only file uploads report progress, and most sessions upload none: the bar joins the
        // row on the first upload instead of being styled, hidden, in every first frame.
        model.upload().progressProperty().addListener(new ChangeListener<Number>() {
            @Override
            public void changed(ObservableValue<? extends Number> o, Number was, Number now) {
                if (now.doubleValue() >= 0) {
                    o.removeListener(this);
                    row.getChildren().addAll(uploadProgress());
                }
            }
        });
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private List<Node> uploadProgress() {
        ProgressBar bar = new ProgressBar();
        bar.setId("uploadProgress");
        bar.setPrefWidth(140);
        bar.progressProperty().bind(model.upload().progressProperty());
        bar.visibleProperty().bind(model.upload().progressProperty().greaterThanOrEqualTo(0));
        bar.managedProperty().bind(bar.visibleProperty());
        Label barText = new Label();
        barText.textProperty().bind(model.upload().textProperty());
        barText.visibleProperty().bind(bar.visibleProperty());
        barText.managedProperty().bind(bar.visibleProperty());
        return List.of(bar, barText);
    }

    private static Label label(String text, Node target) {
        Label l = new Label(text);
        l.setMnemonicParsing(true);
        l.setLabelFor(target);
        return l;
    }

    public void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Add video files");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Videos", "*.mp4", "*.mov", "*.mkv", "*.webm", "*.avi", "*.m4v"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> chosen = chooser.showOpenMultipleDialog(getScene() == null ? null : getScene().getWindow());
        if (chosen != null) {
            model.addFiles(chosen.stream().map(File::toPath).collect(Collectors.toList()));
        }
    }

    public Button createIndexButton() {
        return createIndex;
    }

    public void focusUrls() {
        urls.requestFocus();
    }

    public void focusIndex() {
        index.requestFocus();
    }
}
