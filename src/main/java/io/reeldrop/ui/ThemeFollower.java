package io.reeldrop.ui;

import io.reeldrop.ui.support.TaskExecutor;
import io.reeldrop.ui.support.ErrorText;
import io.reeldrop.ui.support.UiPreference;
import io.reeldrop.ui.support.UiPreferences;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.kordamp.ikonli.feather.Feather;

/**
 * Keeps the window in the theme the person chose: light, dark, or the desktop's. Asking the
 * desktop starts a process with a timeout, so it runs on a worker; only the stylesheet swap
 * happens on the FX thread, and only when the theme really changes (it restyles everything).
 */
final class ThemeFollower {

    private final TaskExecutor executor;
    private final UiPreferences prefs;
    private final BooleanSupplier desktopPrefersDark;
    private final Consumer<Boolean> install;
    private final BiConsumer<String, Feather> notify;
    private Consumer<Boolean> onChange = dark -> { };
    private boolean shownDark;

    /**
     * @param desktopPrefersDark asks the desktop; slow, called on a worker
     * @param install swaps the application's stylesheet
     * @param notify tells the person when changing failed
     */
    ThemeFollower(TaskExecutor executor, UiPreferences prefs, BooleanSupplier desktopPrefersDark,
            Consumer<Boolean> install, BiConsumer<String, Feather> notify) {
        this.executor = executor;
        this.prefs = prefs;
        this.desktopPrefersDark = desktopPrefersDark;
        this.install = install;
        this.notify = notify;
    }

    /** The window's: the real desktop and AtlantaFX's stylesheets. */
    static ThemeFollower forWindow(TaskExecutor executor, UiPreferences prefs, BiConsumer<String, Feather> notify) {
        return new ThemeFollower(executor, prefs, SystemTheme::prefersDark, ThemeMode::install, notify);
    }

    /** A choice from View > Theme: remembered, then applied. */
    void choose(ThemeMode mode) {
        prefs.put(UiPreference.THEME, mode.name());
        executor.execute(() -> mode.isDarkAtStart(mode == ThemeMode.SYSTEM && desktopPrefersDark.getAsBoolean()),
                dark -> {
                    if (mode == ThemeMode.SYSTEM) {
                        prefs.put(UiPreference.SYSTEM_WAS_DARK, dark);
                    }
                    show(dark);
                }, e -> notify.accept(ErrorText.of("Changing the theme", e), Feather.ALERT_TRIANGLE));
    }

    /**
     * Asks the desktop once the window is up, and remembers the answer for the next start. A
     * theme the person picked from the menu in the meantime stands.
     */
    void followSystem() {
        executor.execute(desktopPrefersDark::getAsBoolean, dark -> {
            prefs.put(UiPreference.SYSTEM_WAS_DARK, dark);
            if (ThemeMode.parse(prefs.getString(UiPreference.THEME)) == ThemeMode.SYSTEM) {
                show(dark);
            }
        }, e -> { });
    }

    /** Called with the new theme after each change; the scene keys its own styles on it. */
    void setOnChange(Consumer<Boolean> listener) {
        onChange = listener;
    }

    /** The theme the scene opened in, installed by the app before the window existed. */
    void opened(boolean dark) {
        shownDark = dark;
        onChange.accept(dark);
    }

    boolean isDark() {
        return shownDark;
    }

    private void show(boolean dark) {
        if (dark != shownDark) {
            install.accept(dark);
            opened(dark);
        }
    }
}
