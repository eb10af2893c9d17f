package io.reeldrop.ui.action;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/** Which command carries out each action, for one window; each action has at most one. */
public final class Actions {

    private final Map<StandardAction, Command> commands = new EnumMap<>(StandardAction.class);

    /** @throws IllegalStateException when {@code action} already has a command */
    public Actions put(StandardAction action, Command command) {
        if (commands.putIfAbsent(action, command) != null) {
            throw new IllegalStateException(action + " already has a command");
        }
        return this;
    }

    public Actions putAll(Actions other) {
        other.commands.forEach(this::put);
        return this;
    }

    /** @throws IllegalStateException when nothing was registered for {@code action} */
    public Command command(StandardAction action) {
        Command c = commands.get(action);
        if (c == null) {
            throw new IllegalStateException("No command for " + action);
        }
        return c;
    }

    /** The actions with a command, in their declaration order. */
    public Set<StandardAction> defined() {
        return Collections.unmodifiableSet(commands.keySet());
    }
}
