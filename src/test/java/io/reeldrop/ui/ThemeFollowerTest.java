package io.reeldrop.ui;

import io.reeldrop.ui.support.UiPreference;
import io.reeldrop.ui.support.UiPreferences;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Theme choices and the desktop's answer, with a stand-in desktop and stylesheet. */
class ThemeFollowerTest {

    private final UiPreferences prefs = MemoryPreferences.fresh();
    private final AtomicBoolean desktopDark = new AtomicBoolean();
    private final AtomicInteger desktopAsked = new AtomicInteger();
    private final List<Boolean> installed = new ArrayList<>();
    private final List<Boolean> announced = new ArrayList<>();
    private final List<String> notices = new ArrayList<>();
    private final ThemeFollower theme = new ThemeFollower(new SyncTaskExecutor(), prefs, () -> {
        desktopAsked.incrementAndGet();
        return desktopDark.get();
    }, installed::add, (text, icon) -> notices.add(text));

    ThemeFollowerTest() {
        theme.setOnChange(announced::add);
        theme.opened(false);
        announced.clear();
    }

    @Test
    void aChoiceIsRememberedAndAppliedWithoutAskingTheDesktop() {
        theme.choose(ThemeMode.DARK);

        assertEquals("DARK", prefs.getString(UiPreference.THEME));
        assertEquals(List.of(true), installed);
        assertEquals(List.of(true), announced);
        assertTrue(theme.isDark());
        assertEquals(0, desktopAsked.get());
    }

    @Test
    void choosingTheThemeAlreadyShownDoesNotRestyleTheWindow() {
        theme.choose(ThemeMode.LIGHT);

        assertEquals(List.of(), installed);
        assertEquals("LIGHT", prefs.getString(UiPreference.THEME));
    }

    @Test
    void followingTheSystemAsksTheDesktopAndRemembersItsAnswerForTheNextStart() {
        desktopDark.set(true);

        theme.choose(ThemeMode.SYSTEM);

        assertEquals(1, desktopAsked.get());
        assertEquals(List.of(true), installed);
        assertTrue(prefs.getBoolean(UiPreference.SYSTEM_WAS_DARK));
    }

    @Test
    void theDesktopsAnswerAfterStartIsRememberedButAPickedThemeStands() {
        prefs.put(UiPreference.THEME, ThemeMode.LIGHT.name());
        desktopDark.set(true);

        theme.followSystem();

        assertTrue(prefs.getBoolean(UiPreference.SYSTEM_WAS_DARK));
        assertEquals(List.of(), installed);
        assertFalse(theme.isDark());

        prefs.put(UiPreference.THEME, ThemeMode.SYSTEM.name());
        theme.followSystem();
        assertEquals(List.of(true), installed);
    }

    @Test
    void aDesktopThatCannotAnswerLeavesTheThemeAndSaysWhatHappened() {
        ThemeFollower failing = new ThemeFollower(new SyncTaskExecutor(), prefs, () -> {
            throw new IllegalStateException("gsettings crashed");
        }, installed::add, (text, icon) -> notices.add(text));

        failing.choose(ThemeMode.SYSTEM);

        assertEquals(List.of(), installed);
        assertEquals(1, notices.size());
        assertTrue(notices.get(0).startsWith("Changing the theme"), notices.get(0));
    }
}
