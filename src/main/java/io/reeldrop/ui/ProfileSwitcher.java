package io.reeldrop.ui;

import io.reeldrop.session.Accounts;
import io.reeldrop.session.SavedProfile;
import io.reeldrop.session.Session;
import io.reeldrop.ui.account.ConnectDialog;
import io.reeldrop.ui.account.ConnectViewModel;
import io.reeldrop.ui.account.ManageProfilesDialog;
import io.reeldrop.ui.account.ProfilesModel;
import io.reeldrop.ui.support.TaskExecutor;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableMap;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

/**
 * What the Profile menu does: switch to a profile without a restart (the open one is closed
 * first, since its engine holds the history's lock), add an account, rename and remove. The
 * window hands each new session to {@link #opened}, which keeps the menu's check and the table's
 * profile names current.
 */
final class ProfileSwitcher {

    private final Accounts accounts;
    private final TaskExecutor executor;
    private final ProfilesModel model;
    private final Consumer<Session> setBackend;
    private final Consumer<String> switchFailed;
    private final Toasts toasts;
    private final Supplier<Window> owner;

    /**
     * @param profileNames filled with profile id to name, for the table's profile column
     * @param setBackend how the window moves to a new session
     * @param switchFailed told the sentence when a switch failed
     */
    ProfileSwitcher(Accounts accounts, TaskExecutor executor, ObservableMap<String, String> profileNames,
                    Consumer<Session> setBackend, Consumer<String> switchFailed, Toasts toasts,
                    Supplier<Window> owner) {
        this.accounts = accounts;
        this.executor = executor;
        this.model = new ProfilesModel(accounts, executor);
        this.setBackend = setBackend;
        this.switchFailed = switchFailed;
        this.toasts = toasts;
        this.owner = owner;
        model.profiles().addListener((ListChangeListener<SavedProfile>) c -> {
            Map<String, String> names = model.profiles().stream()
                    .collect(Collectors.toMap(p -> p.profile().id(), SavedProfile::name, (a, b) -> a));
            profileNames.keySet().retainAll(names.keySet());
            profileNames.putAll(names);
        });
    }

    ProfilesModel model() {
        return model;
    }

    /** A session is open: its profile gets the menu's check; the list is read again. */
    void opened(Session s) {
        model.openProperty().set(s.connection().profile());
        model.refresh();
    }

    void switchTo(SavedProfile p) {
        if (model.isOpen(p)) {
            return;
        }
        model.switchTo(p, s -> {
            setBackend.accept(s);
            toasts.show("Now on " + p.describe() + ".", p.isSandbox() ? Feather.WIFI_OFF : Feather.CHECK_CIRCLE);
        }, switchFailed);
    }

    void showAddAccount() {
        ConnectDialog dialog = new ConnectDialog(owner.get(), new ConnectViewModel(accounts, executor));
        dialog.showAndWait().ifPresent(b -> {
            setBackend.accept(b);
            toasts.show("Connected: " + b.connection().describe(), Feather.CHECK_CIRCLE);
        });
    }

    void showManage() {
        new ManageProfilesDialog(owner.get(), model, removed -> {
            if (model.isOpen(removed)) {
                switchTo(SavedProfile.SANDBOX);
            }
        }).showAndWait();
    }
}
