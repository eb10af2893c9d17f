package io.reeldrop.ui;

import io.reeldrop.ui.support.UiPreference;
import io.reeldrop.ui.support.UiPreferences;
import static io.reeldrop.ui.action.StandardAction.ABOUT;
import static io.reeldrop.ui.action.StandardAction.ADD_FILES;
import static io.reeldrop.ui.action.StandardAction.CREATE_INDEX;
import static io.reeldrop.ui.action.StandardAction.EXPORT;
import static io.reeldrop.ui.action.StandardAction.FIND_TASKS;
import static io.reeldrop.ui.action.StandardAction.GO_TO_FORM;
import static io.reeldrop.ui.action.StandardAction.GO_TO_TABLE;
import static io.reeldrop.ui.action.StandardAction.KEYBOARD_SHORTCUTS;
import static io.reeldrop.ui.action.StandardAction.PASTE_URLS;
import static io.reeldrop.ui.action.StandardAction.PAUSE_ALL;
import static io.reeldrop.ui.action.StandardAction.QUIT;
import static io.reeldrop.ui.action.StandardAction.REFRESH_INDEXES;
import static io.reeldrop.ui.action.StandardAction.RESUME_ALL;
import static io.reeldrop.ui.action.StandardAction.SETTINGS;
import static io.reeldrop.ui.action.StandardAction.SUBMIT;
import static io.reeldrop.ui.action.StandardAction.TRACK_EXISTING;

import io.reeldrop.ui.action.ActionFactory;
import io.reeldrop.ui.action.StandardAction;
import io.reeldrop.ui.table.RowActions;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;

/**
 * The menu bar, rendered from the window's actions. Keys of window-wide actions are the scene's
 * accelerators; the Tasks menu shows the table's keys, which act only in the table.
 */
final class MainMenu {

    static final List<List<StandardAction>> FILE = List.of(
            List.of(PASTE_URLS, ADD_FILES, SUBMIT), List.of(CREATE_INDEX, EXPORT), List.of(SETTINGS), List.of(QUIT));
    static final List<List<StandardAction>> VIEW = List.of(
            List.of(FIND_TASKS, REFRESH_INDEXES, GO_TO_FORM, GO_TO_TABLE));
    /** The row menu, then the actions that need no row: the whole upload queue's, and tracking existing tasks. */
    static final List<List<StandardAction>> TASKS = tasks();
    static final List<List<StandardAction>> HELP = List.of(List.of(KEYBOARD_SHORTCUTS, ABOUT));

    private final ActionFactory factory;
    private final ThemeFollower theme;
    private final UiPreferences prefs;
    private final Menu profiles;

    /** @param profiles the Profile menu, which lists the profiles ({@link ProfileMenu}) */
    MainMenu(ActionFactory factory, ThemeFollower theme, UiPreferences prefs, Menu profiles) {
        this.factory = factory;
        this.theme = theme;
        this.prefs = prefs;
        this.profiles = profiles;
    }

    MenuBar bar() {
        Menu view = factory.menu("_View", VIEW);
        view.getItems().addAll(new SeparatorMenuItem(), themes());
        MenuBar bar = new MenuBar(factory.menu("_File", FILE), profiles, view, factory.menu("_Tasks", TASKS),
                factory.menu("_Help", HELP));
        bar.setId("menuBar");
        return bar;
    }

    private Menu themes() {
        Menu menu = new Menu("T_heme");
        ToggleGroup group = new ToggleGroup();
        ThemeMode current = ThemeMode.parse(prefs.getString(UiPreference.THEME));
        for (ThemeMode mode : ThemeMode.values()) {
            RadioMenuItem r = new RadioMenuItem(mode == ThemeMode.SYSTEM ? "Follow the system"
                    : mode == ThemeMode.LIGHT ? "Light" : "Dark");
            r.setToggleGroup(group);
            r.setSelected(mode == current);
            r.setOnAction(e -> theme.choose(mode));
            menu.getItems().add(r);
        }
        return menu;
    }

    private static List<List<StandardAction>> tasks() {
        List<List<StandardAction>> groups = new ArrayList<>(RowActions.MENU);
        groups.add(List.of(PAUSE_ALL, RESUME_ALL));
        groups.add(List.of(TRACK_EXISTING));
        return List.copyOf(groups);
    }
}
