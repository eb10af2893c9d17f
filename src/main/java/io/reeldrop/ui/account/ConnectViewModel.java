package io.reeldrop.ui.account;

import io.reeldrop.session.Accounts;
import io.reeldrop.session.Session;
import io.reeldrop.ui.support.ErrorText;
import io.reeldrop.ui.support.TaskExecutor;
import java.net.URI;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The "Add an account" dialog's state: a profile's name, API URL and key. The key is held only
 * until the check ends. A name already saved on the same URL replaces that profile's key.
 */
public final class ConnectViewModel {

    public static final String V13 = "https://api.twelvelabs.io/v1.3";
    public static final String V12 = "https://api.twelvelabs.io/v1.2";

    private final Accounts session;
    private final TaskExecutor executor;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty apiUrl = new SimpleStringProperty(V13);
    private final StringProperty key = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(
            "The key is checked with a real call before it is saved. It is never shown again.");

    public ConnectViewModel(Accounts session, TaskExecutor executor) {
        this.session = session;
        this.executor = executor;
        // Naming where keys are kept means finding the keychain, which may take seconds the
        // first time: never on the FX thread, where the dialog is built.
        executor.execute(this::savedKeyNote, note::set, e -> { });
    }

    /** Checks the key with a real call; on success saves it and hands over the new backend. */
    public void connect(Consumer<Session> onConnected) {
        if (checking.get()) {
            return;
        }
        URI url;
        try {
            url = URI.create(apiUrl.get().strip());
            if (url.getScheme() == null || url.getHost() == null) {
                throw new IllegalArgumentException("x");
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            message.set("The API URL is not a web address; use " + V13 + " or " + V12 + ".");
            return;
        }
        String typed = key.get();
        String named = name.get() == null ? "" : name.get().strip();
        checking.set(true);
        message.set("Checking the key with " + url.getHost() + "\u2026");
        Callable<Session> add = () -> named.isEmpty() ? session.connect(url, typed)
                : session.addAccount(named, url, typed);
        executor.execute(add, backend -> {
            checking.set(false);
            key.set("");
            message.set("Connected. The key is kept in " + session.keyStorage() + ".");
            onConnected.accept(backend);
        }, e -> {
            checking.set(false);
            message.set(ErrorText.of("Checking the key", e));
        });
    }

    /** The profile's name; empty: a new profile named after the URL's host. */
    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty apiUrlProperty() {
        return apiUrl;
    }

    public StringProperty keyProperty() {
        return key;
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** What the dialog says about saved keys; filled in the background once the key store answers. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** What the dialog says about where the key goes, without ever showing one. Blocks: see {@link #noteProperty}. */
    public String savedKeyNote() {
        return "The key is checked with a real call, then kept in " + session.keyStorage() + " for this profile"
                + " only; it is never shown again. A saved profile's name and URL replace that profile's key.";
    }
}
