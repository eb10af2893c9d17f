package io.reeldrop.ui.index;

import atlantafx.base.theme.Styles;
import io.reeldrop.api.IndexModels;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A new index: its name, checked as it is typed, and the models and options the connection's
 * API version documents. Stays open while the index is created and closes only on success,
 * handing back the new index; a refusal says why above the buttons.
 */
public final class CreateIndexDialog extends Dialog<CreatedIndex> {

    public static final ButtonType CREATE = new ButtonType("C_reate index", ButtonBar.ButtonData.OK_DONE);

    public CreateIndexDialog(Window owner, CreateIndexViewModel model) {
        initOwner(owner);
        setTitle("New index");
        setHeaderText("Create an index (API " + model.version().pathSegment() + ")");
        FontIcon icon = new FontIcon(Feather.FOLDER_PLUS);
        icon.setIconSize(28);
        setGraphic(icon);
        TextField name = new TextField();
        name.setId("indexName");
        name.setPromptText("e.g. product-demos");
        name.setPrefColumnCount(28);
        name.textProperty().bindBidirectional(model.nameProperty());
        name.setAccessibleText("Index name");

        GridPane grid = new GridPane();
        grid.setId("createIndex");
        grid.setHgap(12);
        grid.setVgap(8);
        grid.setPadding(new Insets(12, 20, 4, 20));
        grid.addRow(0, label("_Name", name), name);
        int row = 1;
        for (IndexModels.Kind kind : IndexModels.Kind.values()) {
            grid.addRow(row++, heading(kind == IndexModels.Kind.SEARCH ? "Search model" : "Text model"),
                    models(model, kind));
        }
        CheckBox thumbnails = new CheckBox("_Thumbnails (a Marengo add-on)");
        thumbnails.setId("thumbnails");
        thumbnails.selectedProperty().bindBidirectional(model.thumbnailsProperty());
        thumbnails.disableProperty().bind(model.chosenProperty(IndexModels.Kind.SEARCH).isNull());
        grid.addRow(row++, heading("Add-ons"), thumbnails);
        Label note = new Label("Models, options and add-ons cannot be changed once the index exists.");
        note.getStyleClass().add("text-muted");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        grid.add(note, 1, row++);
        Label problem = new Label();
        problem.setId("indexProblem");
        problem.setWrapText(true);
        problem.setPrefWidth(420);
        // Room for two lines from the start, so the usual sentences never push the buttons away.
        problem.setMinHeight(44);
        problem.getStyleClass().add(Styles.DANGER);
        model.problemProperty().addListener((o, a, b) -> problem.setText(shown(model)));
        model.failureProperty().addListener((o, a, b) -> problem.setText(shown(model)));
        problem.setText(shown(model));
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(16, 16);
        spinner.visibleProperty().bind(model.creatingProperty());
        spinner.managedProperty().bind(spinner.visibleProperty());
        grid.add(new HBox(8, spinner, problem), 1, row);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(CREATE, ButtonType.CANCEL);
        Button create = (Button) getDialogPane().lookupButton(CREATE);
        create.disableProperty().bind(model.creatingProperty().or(model.problemProperty().isNotEmpty()));
        create.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.create((id, created) -> {
                setResult(new CreatedIndex(id, created));
                close();
            });
        });
        problem.textProperty().addListener((o, a, b) -> Platform.runLater(() -> {
            if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
                getDialogPane().getScene().getWindow().sizeToScene();
            }
        }));
        setResultConverter(b -> null);
        setOnShown(e -> name.requestFocus());
    }

    /** A failed attempt's sentence until the person changes something, else what is missing. */
    private static String shown(CreateIndexViewModel model) {
        return model.failureProperty().get().isEmpty() ? model.problemProperty().get() : model.failureProperty().get();
    }

    /** One choice per documented model of {@code kind}, and "None"; the chosen one's options under them. */
    private static Node models(CreateIndexViewModel model, IndexModels.Kind kind) {
        ToggleGroup group = new ToggleGroup();
        HBox choices = new HBox(14);
        FlowPane optionBoxes = new FlowPane(12, 4);
        List<IndexModels.Offer> offers = model.offers().stream().filter(o -> o.kind() == kind).toList();
        for (IndexModels.Offer o : offers) {
            RadioButton r = new RadioButton(o.name());
            r.setId("model-" + o.name());
            r.setToggleGroup(group);
            r.setUserData(o);
            r.setSelected(model.chosenProperty(kind).get() == o);
            choices.getChildren().add(r);
        }
        RadioButton none = new RadioButton("None");
        none.setId("model-none-" + kind.name().toLowerCase(Locale.ROOT));
        none.setToggleGroup(group);
        none.setSelected(model.chosenProperty(kind).get() == null);
        choices.getChildren().add(none);
        Runnable showOptions = () -> {
            optionBoxes.getChildren().clear();
            IndexModels.Offer o = model.chosenProperty(kind).get();
            if (o != null) {
                for (String option : o.options()) {
                    CheckBox box = new CheckBox(option.replace('_', ' '));
                    box.setMnemonicParsing(false);
                    box.setId("option-" + o.name() + "-" + option);
                    box.selectedProperty().bindBidirectional(model.optionProperty(o, option));
                    optionBoxes.getChildren().add(box);
                }
            }
        };
        group.selectedToggleProperty().addListener((obs, was, now) -> {
            model.chosenProperty(kind).set(now == null ? null : (IndexModels.Offer) now.getUserData());
            showOptions.run();
        });
        showOptions.run();
        return new VBox(6, choices, optionBoxes);
    }

    private static Label label(String text, Node target) {
        Label l = new Label(text);
        l.setMnemonicParsing(true);
        l.setLabelFor(target);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }
}
