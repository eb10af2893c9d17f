package io.reeldrop.ui.action;

import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Keys a menu item shows but the scene never acts on. A menu item's accelerator becomes an
 * accelerator of the whole scene, which would take Delete or Ctrl+C from the URL box; the task
 * table handles {@link StandardAction.Scope#TABLE} keys itself, and its menu items only show them.
 */
final class KeyHint extends KeyCombination {

    private final KeyCombination keys;

    KeyHint(KeyCombination keys) {
        this.keys = keys;
    }

    @Override
    public boolean match(KeyEvent event) {
        return false;
    }

    @Override
    public String getName() {
        return keys.getName();
    }

    @Override
    public String getDisplayText() {
        return keys.getDisplayText();
    }

    /** Identity: equal to a real combination, a hint would replace it in the scene's accelerator map. */
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
