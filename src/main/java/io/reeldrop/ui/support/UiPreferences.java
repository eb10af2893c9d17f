package io.reeldrop.ui.support;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * Reads and writes {@link UiPreference}s in a {@link Preferences} node. A failing backing store
 * only costs the remembered layout, so failures are swallowed here rather than shown.
 */
public final class UiPreferences {

    private final Preferences node;

    public UiPreferences(Preferences node) {
        this.node = node;
    }

    /** The node of the real app: per user, under io/reeldrop/ui. */
    public static UiPreferences forUser() {
        return new UiPreferences(Preferences.userRoot().node("io/reeldrop/ui"));
    }

    public String getString(UiPreference p) {
        return node.get(p.key(), (String) p.defaultValue());
    }

    public double getDouble(UiPreference p) {
        return node.getDouble(p.key(), (Double) p.defaultValue());
    }

    public boolean getBoolean(UiPreference p) {
        return node.getBoolean(p.key(), (Boolean) p.defaultValue());
    }

    public void put(UiPreference p, String value) {
        node.put(p.key(), value == null ? "" : value);
    }

    public void put(UiPreference p, double value) {
        node.putDouble(p.key(), value);
    }

    public void put(UiPreference p, boolean value) {
        node.putBoolean(p.key(), value);
    }

    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            System.getLogger(UiPreferences.class.getName())
                    .log(System.Logger.Level.WARNING, "Window settings could not be saved", e);
        }
    }
}
