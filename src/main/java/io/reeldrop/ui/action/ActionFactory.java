package io.reeldrop.ui.action;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.event.EventHandler;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyEvent;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Renders controls from {@link StandardAction}s and their {@link Command}s: menu items and
 * buttons whose enabled state is bound to the command, and the key handler of a scope. Each
 * menu item carries its action as user data, so tests can find it.
 */
public final class ActionFactory {

    private final Actions actions;

    public ActionFactory(Actions actions) {
        this.actions = actions;
    }

    public MenuItem menuItem(StandardAction action) {
        Command command = actions.command(action);
        MenuItem item = new MenuItem(action.text(), new FontIcon(action.icon()));
        item.setMnemonicParsing(true);
        item.setUserData(action);
        action.keys().ifPresent(k -> item.setAccelerator(
                action.scope() == StandardAction.Scope.WINDOW ? k : new KeyHint(k)));
        item.disableProperty().bind(Bindings.not(command.enabled()));
        item.setOnAction(e -> command.execute());
        return item;
    }

    /** The items of {@code groups}, a separator between two groups. */
    public List<MenuItem> menuItems(List<List<StandardAction>> groups) {
        List<MenuItem> items = new ArrayList<>();
        for (List<StandardAction> group : groups) {
            if (!items.isEmpty()) {
                items.add(new SeparatorMenuItem());
            }
            group.forEach(a -> items.add(menuItem(a)));
        }
        return items;
    }

    public Menu menu(String text, List<List<StandardAction>> groups) {
        Menu menu = new Menu(text);
        menu.getItems().setAll(menuItems(groups));
        return menu;
    }

    public ContextMenu contextMenu(List<List<StandardAction>> groups) {
        return new ContextMenu(menuItems(groups).toArray(MenuItem[]::new));
    }

    /** Gives {@code button} the action's text, icon, enabled state and command. */
    public <B extends ButtonBase> B configure(B button, StandardAction action) {
        Command command = actions.command(action);
        button.setText(action.text());
        button.setMnemonicParsing(true);
        button.setGraphic(new FontIcon(action.icon()));
        button.disableProperty().bind(Bindings.not(command.enabled()));
        button.setOnAction(e -> command.execute());
        return button;
    }

    /**
     * Runs the enabled command whose keys match a key press, for the registered actions of
     * {@code scope}; a press that ran nothing goes on, so the control still gets its own keys.
     */
    public EventHandler<KeyEvent> keyHandler(StandardAction.Scope scope) {
        return e -> {
            for (StandardAction a : actions.defined()) {
                if (a.scope() == scope && a.keys().map(k -> k.match(e)).orElse(false)
                        && actions.command(a).execute()) {
                    e.consume();
                    return;
                }
            }
        };
    }
}
