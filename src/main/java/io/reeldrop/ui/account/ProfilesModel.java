package io.reeldrop.ui.account;

import io.reeldrop.session.Accounts;
import io.reeldrop.session.SavedProfile;
import io.reeldrop.session.Session;
import io.reeldrop.tracking.Profile;
import io.reeldrop.ui.support.ErrorText;
import io.reeldrop.ui.support.TaskExecutor;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The profiles as the Profile menu and the Manage profiles dialog show them: the sandbox and the
 * saved accounts, the one open now, and switching, renaming and removing. The list is read on a
 * worker (it is a file; the key store is a keychain) and after every change.
 */
public final class ProfilesModel {

    private final Accounts accounts;
    private final TaskExecutor executor;
    private final ObservableList<SavedProfile> profiles = FXCollections.observableArrayList(SavedProfile.SANDBOX);
    private final ObjectProperty<Profile> open = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper openName = new ReadOnlyStringWrapper();

    public ProfilesModel(Accounts accounts, TaskExecutor executor) {
        this.accounts = accounts;
        this.executor = executor;
        profiles.addListener((ListChangeListener<SavedProfile>) c -> openName.set(nameOfOpen()));
        open.addListener((o, a, b) -> openName.set(nameOfOpen()));
    }

    /** The saved name of the open profile; null when it has none (opened by the environment). */
    public ReadOnlyStringProperty openNameProperty() {
        return openName.getReadOnlyProperty();
    }

    private String nameOfOpen() {
        return profiles.stream().filter(this::isOpen).map(SavedProfile::name).findFirst().orElse(null);
    }

    /** Reads the list again. */
    public void refresh() {
        executor.execute(accounts::profiles, profiles::setAll, e -> say(ErrorText.of("Reading the profiles", e)));
    }

    /** The sandbox, then the saved accounts. */
    public ObservableList<SavedProfile> profiles() {
        return profiles;
    }

    /** The profile of the session open now; null while none is. The window sets it. */
    public ObjectProperty<Profile> openProperty() {
        return open;
    }

    public boolean isOpen(SavedProfile p) {
        return p != null && p.profile().equals(open.get());
    }

    /** True while a switch, rename or removal is under way. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What the last rename or removal came to, as a sentence. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /**
     * Closes the open profile and opens {@code p}; {@code opened} gets the new session. A profile
     * whose key is gone is refused before anything closes, and {@code failed} says why.
     */
    public void switchTo(SavedProfile p, Consumer<Session> opened, Consumer<String> failed) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        executor.execute(() -> accounts.switchTo(p.name()), s -> {
            busy.set(false);
            opened.accept(s);
            refresh();
        }, e -> {
            busy.set(false);
            failed.accept(ErrorText.of("Opening the profile \"" + p.name() + "\"", e));
            refresh();
        });
    }

    public void rename(SavedProfile p, String to) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        executor.execute(() -> accounts.rename(p.name(), to), renamed -> {
            busy.set(false);
            say("\"" + p.name() + "\" is now \"" + renamed.name() + "\"; its tasks and key stay with it.");
            refresh();
        }, e -> {
            busy.set(false);
            say(ErrorText.of("Renaming the profile", e));
        });
    }

    /**
     * Removes the account and its key; its tasks stay in the history. {@code removed} is told,
     * so the window can leave the profile if it was open.
     */
    public void remove(SavedProfile p, Consumer<SavedProfile> removed) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        executor.execute(() -> accounts.remove(p.name()), gone -> {
            busy.set(false);
            say("\"" + gone.name() + "\" was removed, and its key with it. Its tasks stay in the history: All"
                    + " profiles in the table lists them.");
            refresh();
            removed.accept(gone);
        }, e -> {
            busy.set(false);
            say(ErrorText.of("Removing the profile", e));
        });
    }

    private void say(String sentence) {
        message.set("");
        message.set(sentence);
    }
}
