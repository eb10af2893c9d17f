package io.reeldrop.ui;

import static io.reeldrop.ui.action.StandardAction.ADD_ACCOUNT;
import static io.reeldrop.ui.action.StandardAction.MANAGE_PROFILES;

import io.reeldrop.session.SavedProfile;
import io.reeldrop.ui.account.ProfilesModel;
import io.reeldrop.ui.action.ActionFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * The Profile menu: every profile, the open one checked, then Add an account and Manage profiles.
 * Its items follow the saved list and the open session; choosing one switches without a restart.
 */
final class ProfileMenu {

    private ProfileMenu() {
    }

    /** @param choose switches to the chosen profile */
    static Menu build(ProfilesModel model, ActionFactory factory, Consumer<SavedProfile> choose) {
        Menu menu = new Menu("_Profile");
        menu.setId("profileMenu");
        List<MenuItem> fixed = List.of(new SeparatorMenuItem(), factory.menuItem(ADD_ACCOUNT),
                factory.menuItem(MANAGE_PROFILES));
        Runnable render = () -> {
            List<MenuItem> items = new ArrayList<>();
            for (SavedProfile p : model.profiles()) {
                RadioMenuItem item = new RadioMenuItem(p.describe());
                item.setMnemonicParsing(false); // a name may hold an underscore
                item.setUserData(p);
                item.setSelected(model.isOpen(p));
                item.disableProperty().bind(model.busyProperty());
                // A click checks the item at once; until the switch is done the check goes back
                // to the profile still open, and moves when the new one is.
                item.setOnAction(e -> {
                    item.setSelected(model.isOpen(p));
                    choose.accept(p);
                });
                items.add(item);
            }
            items.addAll(fixed);
            menu.getItems().setAll(items);
        };
        model.profiles().addListener((ListChangeListener<SavedProfile>) c -> render.run());
        model.openProperty().addListener((o, a, b) -> render.run());
        render.run();
        return menu;
    }
}
