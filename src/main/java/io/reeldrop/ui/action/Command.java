package io.reeldrop.ui.action;

import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;

/** What an action does, and an observable saying when it can; menus bind to the latter. */
public final class Command {

    private final ObservableBooleanValue enabled;
    private final Runnable action;

    private Command(ObservableBooleanValue enabled, Runnable action) {
        this.enabled = Objects.requireNonNull(enabled, "enabled");
        this.action = Objects.requireNonNull(action, "action");
    }

    /** A command that can always run. */
    public static Command always(Runnable action) {
        return new Command(new ReadOnlyBooleanWrapper(true).getReadOnlyProperty(), action);
    }

    /** A command that runs only while {@code enabled} is true. */
    public static Command when(ObservableBooleanValue enabled, Runnable action) {
        return new Command(enabled, action);
    }

    public ObservableBooleanValue enabled() {
        return enabled;
    }

    public boolean isEnabled() {
        return enabled.get();
    }

    /**
     * Runs the action unless it is disabled; whether it ran. The check is here and not only in
     * the menus because an accelerator or a key can reach a command whose item is greyed out.
     */
    public boolean execute() {
        if (!enabled.get()) {
            return false;
        }
        action.run();
        return true;
    }
}
