package io.reeldrop.ui.export;

import io.reeldrop.listing.ExportFormat;
import io.reeldrop.listing.ExtraField;
import io.reeldrop.listing.TaskColumn;
import io.reeldrop.ui.export.ExportChoice.Rows;
import java.text.NumberFormat;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Which rows to export and in which format; the file is chosen after it. The counts beside the
 * choices and the line naming the columns say what the file will hold before it is written.
 */
public final class ExportDialog extends Dialog<ExportChoice> {

    public static final ButtonType EXPORT = new ButtonType("_Export\u2026", ButtonBar.ButtonData.OK_DONE);

    private final ToggleGroup rows = new ToggleGroup();
    private final ToggleGroup formats = new ToggleGroup();

    /**
     * @param counts how many rows each choice holds; a choice with none is offered greyed out
     * @param columns the columns as shown, which the file will have first
     */
    public ExportDialog(Window owner, Map<Rows, Integer> counts, Rows preselected, ExportFormat format,
                        List<TaskColumn> columns) {
        initOwner(owner);
        setTitle("Export tasks");
        setHeaderText("Export tasks to a file");
        FontIcon icon = new FontIcon(Feather.SHARE);
        icon.setIconSize(28);
        setGraphic(icon);
        GridPane grid = new GridPane();
        grid.setId("exportChoices");
        grid.setHgap(14);
        grid.setVgap(8);
        grid.setPadding(new Insets(12, 20, 4, 20));
        ColumnConstraints headings = new ColumnConstraints();
        headings.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints choices = new ColumnConstraints();
        choices.setHgrow(Priority.ALWAYS);
        ColumnConstraints numbers = new ColumnConstraints();
        numbers.setHalignment(HPos.RIGHT);
        numbers.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().setAll(headings, choices, numbers);

        Map<Rows, String> texts = new EnumMap<>(Rows.class);
        texts.put(Rows.ALL, "_All tasks in the list");
        texts.put(Rows.SHOWN, "The rows _shown (filter and search)");
        texts.put(Rows.SELECTED, "The se_lected rows");
        int row = 0;
        for (Rows r : Rows.values()) {
            RadioButton choice = radio(texts.get(r), rows, r, "exportRows" + r.name());
            int count = counts.getOrDefault(r, 0);
            choice.setDisable(count == 0);
            choice.setSelected(r == preselected && count > 0);
            Label number = new Label(NumberFormat.getIntegerInstance().format(count));
            number.getStyleClass().add("text-muted");
            grid.add(row == 0 ? heading("Rows") : new Label(), 0, row);
            grid.add(choice, 1, row);
            grid.add(number, 2, row);
            row++;
        }
        if (rows.getSelectedToggle() == null) {
            rows.getToggles().get(0).setSelected(true);
        }
        grid.add(new Separator(), 0, row++, 3, 1);
        for (ExportFormat f : ExportFormat.values()) {
            String text = f == ExportFormat.CSV ? "_CSV, for spreadsheets" : "_JSON, for programs";
            RadioButton choice = radio(text, formats, f, "exportFormat" + f.name());
            choice.setSelected(f == format);
            grid.add(f == ExportFormat.CSV ? heading("Format") : new Label(), 0, row);
            grid.add(choice, 1, row++, 2, 1);
        }
        Label what = new Label("Columns as shown: " + columns.stream().map(TaskColumn::title)
                .collect(Collectors.joining(", ")) + ". Then: " + Stream.of(ExtraField.values())
                .map(ExtraField::title).collect(Collectors.joining(", ")) + ".");
        what.setId("exportColumns");
        what.setWrapText(true);
        what.setMinHeight(Region.USE_PREF_SIZE);
        what.setPrefWidth(420);
        what.getStyleClass().add("text-muted");
        GridPane.setMargin(what, new Insets(6, 0, 0, 0));
        grid.add(what, 0, row, 3, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(EXPORT, ButtonType.CANCEL);
        setResultConverter(b -> b == EXPORT ? new ExportChoice((Rows) rows.getSelectedToggle().getUserData(),
                (ExportFormat) formats.getSelectedToggle().getUserData()) : null);
    }

    private static RadioButton radio(String text, ToggleGroup group, Object value, String id) {
        RadioButton r = new RadioButton(text);
        r.setMnemonicParsing(true);
        r.setToggleGroup(group);
        r.setUserData(value);
        r.setId(id);
        return r;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-bold");
        return l;
    }
}
