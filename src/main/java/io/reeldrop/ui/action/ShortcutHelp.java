package io.reeldrop.ui.action;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/** Help > Keyboard shortcuts, written from the actions' own keys in this platform's key names. */
public final class ShortcutHelp {

    /** One shortcut as Help lists it. */
    public record Line(String keys, String what, StandardAction.Scope scope) {
    }

    private ShortcutHelp() {
    }

    /** Every action of {@code actions} that has keys: window-wide ones first, then the table's. */
    public static List<Line> lines(Collection<StandardAction> actions) {
        List<Line> lines = new ArrayList<>();
        for (StandardAction.Scope scope : StandardAction.Scope.values()) {
            for (StandardAction a : actions) {
                if (a.scope() == scope && a.keys().isPresent()) {
                    lines.add(new Line(a.keyText(), a.plainText(), scope));
                }
            }
        }
        return lines;
    }

    /** The lines as a two-column grid under a heading per scope, and the keys JavaFX itself adds. */
    public static Node view(Collection<StandardAction> actions) {
        GridPane grid = new GridPane();
        grid.setId("shortcuts");
        grid.setHgap(18);
        grid.setVgap(4);
        int row = 0;
        StandardAction.Scope shown = null;
        for (Line line : lines(actions)) {
            if (line.scope() != shown) {
                shown = line.scope();
                Label heading = new Label(shown == StandardAction.Scope.WINDOW ? "Anywhere in the window"
                        : "In the task table");
                heading.getStyleClass().add("title-4");
                GridPane.setMargin(heading, new Insets(row == 0 ? 0 : 10, 0, 2, 0));
                grid.add(heading, 0, row++, 2, 1);
            }
            Label keys = new Label(line.keys());
            keys.getStyleClass().addAll("shortcut-keys", "text-bold");
            Label what = new Label(line.what());
            what.getStyleClass().add("shortcut-what");
            grid.addRow(row++, keys, what);
        }
        Label builtIn = new Label(KeyCombination.keyCombination("Shift+F10").getDisplayText()
                + " or the Menu key opens the selected row's actions. Alt with an underlined letter"
                + " jumps to that field or menu.");
        builtIn.setWrapText(true);
        builtIn.setMaxWidth(420);
        builtIn.setMinHeight(Region.USE_PREF_SIZE);
        builtIn.getStyleClass().add("text-muted");
        GridPane.setMargin(builtIn, new Insets(10, 0, 0, 0));
        grid.add(builtIn, 0, row, 2, 1);
        return grid;
    }
}
