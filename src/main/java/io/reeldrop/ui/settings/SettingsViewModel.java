package io.reeldrop.ui.settings;

import io.reeldrop.ui.support.UiPreference;
import io.reeldrop.ui.support.UiPreferences;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.Property;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;

/**
 * The Settings dialog's state. Each value is read from the preferences when first asked for and
 * written back only by {@link #save}, so Cancel leaves everything as it was. One property per
 * key, whoever asks: a section and a test see the same value.
 */
public final class SettingsViewModel {

    private final UiPreferences prefs;
    private final Map<UiPreference, Property<?>> values = new EnumMap<>(UiPreference.class);
    private final List<Runnable> writes = new ArrayList<>();
    private final WatchFoldersModel folders;
    private final List<ObservableStringValue> problems = new ArrayList<>();

    /** @param folders the watched folders' part, or null where folders cannot be watched */
    public SettingsViewModel(UiPreferences prefs, WatchFoldersModel folders) {
        this.prefs = prefs;
        this.folders = folders;
    }

    public BooleanProperty flag(UiPreference key) {
        return (BooleanProperty) values.computeIfAbsent(key, k -> {
            BooleanProperty p = new SimpleBooleanProperty(prefs.getBoolean(k));
            writes.add(() -> prefs.put(k, p.get()));
            return p;
        });
    }

    public StringProperty text(UiPreference key) {
        return (StringProperty) values.computeIfAbsent(key, k -> {
            StringProperty p = new SimpleStringProperty(prefs.getString(k));
            writes.add(() -> prefs.put(k, p.get()));
            return p;
        });
    }

    public DoubleProperty number(UiPreference key) {
        return (DoubleProperty) values.computeIfAbsent(key, k -> {
            DoubleProperty p = new SimpleDoubleProperty(prefs.getDouble(k));
            writes.add(() -> prefs.put(k, p.get()));
            return p;
        });
    }

    /** The watched folders, or null. */
    public WatchFoldersModel folders() {
        return folders;
    }

    /** A section's sentence that keeps Save from working while it is not empty. */
    public void addProblem(ObservableStringValue sentence) {
        problems.add(sentence);
    }

    /** What keeps Save from working, as a sentence (the first one); empty when all is well. */
    public ObservableStringValue problem() {
        List<ObservableStringValue> all = new ArrayList<>(problems);
        if (folders != null) {
            all.add(folders.problem());
        }
        return Bindings.createStringBinding(() -> all.stream().map(ObservableStringValue::get)
                .filter(p -> p != null && !p.isEmpty()).findFirst().orElse(""), all.toArray(ObservableStringValue[]::new));
    }

    /**
     * Writes every value asked for. The folders are written in the background; {@code saved} runs on
     * the UI thread once they are on disk (at once when there are none), {@code failed} when they
     * could not be written ({@link #problem} says why).
     */
    public void save(Runnable saved, Runnable failed) {
        writes.forEach(Runnable::run);
        prefs.flush();
        if (folders == null) {
            saved.run();
        } else {
            folders.save(saved, failed);
        }
    }
}
