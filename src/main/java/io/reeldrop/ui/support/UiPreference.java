package io.reeldrop.ui.support;

import java.util.Locale;

/** Every setting the window remembers, with its default; typed so a key is never misspelt. */
public enum UiPreference {
    WINDOW_X(Double.NaN),
    WINDOW_Y(Double.NaN),
    WINDOW_WIDTH(1180.0),
    WINDOW_HEIGHT(760.0),
    WINDOW_MAXIMIZED(false),
    LANGUAGE(""),
    LAST_INDEX_ID(""),
    /** A ThemeMode name; following the desktop unless the person chose. */
    THEME("SYSTEM"),
    /** The desktop's answer at the last start: the window opens in it without asking first. */
    SYSTEM_WAS_DARK(false),
    /** Finished batches and failures while the window is in the background: the OS's notifications, else a toast. */
    DESKTOP_NOTIFICATIONS(true),
    /** Offer video links found in copied text (opt-in: reading the clipboard is a person's choice). */
    LINK_GRABBER(false),
    /** v1.3 sends the form's videos through the legacy {@code POST /tasks} flow instead of the assets flow. */
    LEGACY_TASKS_FLOW(false),
    /** Chunks of a big file sent at once (1 to 16); read when a profile opens. */
    PARALLEL_CHUNKS(4.0),
    /** All uploads together at most this many KB/s (at least 100); 0 for no cap. */
    UPLOAD_LIMIT_KB(0.0),
    /** The last export's format (an ExportFormat name) and folder, offered again next time. */
    EXPORT_FORMAT("CSV"),
    EXPORT_FOLDER("");

    private final Object defaultValue;

    UiPreference(Object defaultValue) {
        this.defaultValue = defaultValue;
    }

    public Object defaultValue() {
        return defaultValue;
    }

    /** The key in {@link java.util.prefs.Preferences}: lower-case, dotted. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '.');
    }
}
