package io.reeldrop.ui;

import io.reeldrop.ui.support.UiPreferences;
import io.reeldrop.ui.support.UiPreference;
import io.reeldrop.ui.table.TaskRow;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The menu bar. Accelerators use keys that never mean anything while typing in the URL box. */
final class MainMenu {

    private final MainWindow window;
    private final UiPreferences prefs;

    MainMenu(MainWindow window, UiPreferences prefs) {
        this.window = window;
        this.prefs = prefs;
    }

    MenuBar bar() {
        MenuBar bar = new MenuBar(file(), view(), tasks(), help());
        bar.setId("menuBar");
        return bar;
    }

    private Menu file() {
        MenuItem paste = item("_Paste URLs", Feather.CLIPBOARD, "Shortcut+Shift+V", () -> {
            Clipboard cb = Clipboard.getSystemClipboard();
            window.formModel().appendUrls(cb.hasUrl() ? cb.getUrl() : cb.getString());
            window.form().focusUrls();
        });
        MenuItem add = item("_Add files\u2026", Feather.FILE_PLUS, "Shortcut+Shift+O", () -> window.form().chooseFiles());
        MenuItem submit = item("_Submit", Feather.SEND, "Shortcut+Enter", () -> window.formModel().submit());
        submit.setId("menuSubmit");
        MenuItem connect = item("_Connect account\u2026", Feather.USER, "Shortcut+Comma", window::showConnectDialog);
        MenuItem sandbox = item("Use the local sand_box", Feather.WIFI_OFF, null, window::useSandbox);
        MenuItem quit = item("_Quit", Feather.LOG_OUT, "Shortcut+Q", () -> {
            Window w = window.window();
            if (w != null) {
                w.hide();
            }
        });
        return new Menu("_File", null, paste, add, submit, new SeparatorMenuItem(), connect, sandbox,
                new SeparatorMenuItem(), quit);
    }

    private Menu view() {
        MenuItem find = item("_Find tasks", Feather.SEARCH, "Shortcut+F", () -> window.tableView().focusSearch());
        MenuItem refresh = item("_Refresh indexes", Feather.REFRESH_CW, "F5", () -> window.formModel().refreshIndexes());
        MenuItem form = item("Go to the _form", Feather.EDIT_3, "Shortcut+L", () -> window.form().focusIndex());
        MenuItem table = item("Go to the _table", Feather.LIST, "Shortcut+T", () -> window.tableView().table().requestFocus());
        Menu theme = new Menu("T_heme");
        ToggleGroup group = new ToggleGroup();
        ThemeMode current = ThemeMode.parse(prefs.getString(UiPreference.THEME));
        for (ThemeMode mode : ThemeMode.values()) {
            RadioMenuItem r = new RadioMenuItem(mode == ThemeMode.SYSTEM ? "Follow the system"
                    : mode == ThemeMode.LIGHT ? "Light" : "Dark");
            r.setToggleGroup(group);
            r.setSelected(mode == current);
            r.setOnAction(e -> {
                prefs.put(UiPreference.THEME, mode.name());
                window.changeTheme(mode);
            });
            theme.getItems().add(r);
        }
        return new Menu("_View", null, find, refresh, form, table, new SeparatorMenuItem(), theme);
    }

    private Menu tasks() {
        MenuItem details = item("Show _details", Feather.INFO, "Shortcut+I", () -> window.tableView().showDetails());
        MenuItem track = item("_Track existing tasks of the index", Feather.DOWNLOAD_CLOUD, null, window::importExisting);
        MenuItem copy = item("_Copy task id", Feather.COPY, "Shortcut+Shift+C", () -> {
            TaskRow row = window.tableView().table().getSelectionModel().getSelectedItem();
            if (row != null && row.get().task() != null) {
                javafx.scene.input.ClipboardContent c = new javafx.scene.input.ClipboardContent();
                c.putString(row.get().task().id());
                Clipboard.getSystemClipboard().setContent(c);
            }
        });
        MenuItem retry = item("_Retry", Feather.ROTATE_CW, null, () -> window.tableView().retrySelected());
        MenuItem remove = item("Re_move from the list", Feather.X, null, () -> window.tableView().forgetSelected());
        MenuItem delete = item("_Delete on the server\u2026", Feather.TRASH_2, null, () -> window.tableView().confirmDeleteOnServer());
        return new Menu("_Tasks", null, details, copy, new SeparatorMenuItem(), retry, remove, delete,
                new SeparatorMenuItem(), track);
    }

    private Menu help() {
        MenuItem keys = item("_Keyboard shortcuts", Feather.COMMAND, "F1", () -> info("Keyboard shortcuts",
                "Ctrl+Enter  submit the form\nCtrl+Shift+V  paste URLs\nCtrl+Shift+O  add files\n"
                        + "Ctrl+L / Ctrl+T  go to the form / the table\nCtrl+F  search tasks\nF5  refresh indexes\n"
                        + "Ctrl+,  connect an account\n\nIn the table:\nEnter  details, Escape  close them\n"
                        + "Ctrl+C  copy the task id\nCtrl+R  retry\nCtrl+O  open the HLS stream\n"
                        + "Delete  remove from the list\nShift+Delete  delete on the server\n"
                        + "Shift+F10 or the Menu key  row actions\n\nAlt+underlined letter  jump to a field"));
        MenuItem about = item("_About ReelDrop", Feather.FILM, null, () -> info("About ReelDrop",
                "ReelDrop uploads videos to a Twelve Labs index and follows every task until it is ready.\n\n"
                        + "Without an account it runs against a local sandbox on this computer."));
        return new Menu("_Help", null, keys, about);
    }

    private void info(String title, String text) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, text);
        a.setTitle(title);
        a.setHeaderText(title);
        a.initOwner(window.window());
        a.showAndWait();
    }

    private static MenuItem item(String text, Feather icon, String accelerator, Runnable action) {
        MenuItem m = new MenuItem(text, new FontIcon(icon));
        m.setMnemonicParsing(true);
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        m.setOnAction(e -> action.run());
        return m;
    }
}
