package io.reeldrop.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The theme the window opens in is decided without asking the desktop. */
class ThemeModeTest {

    @Test
    void followingTheSystemOpensInTheLastAnswerAndAChoiceOverridesIt() {
        assertTrue(ThemeMode.SYSTEM.isDarkAtStart(true));
        assertFalse(ThemeMode.SYSTEM.isDarkAtStart(false));
        assertTrue(ThemeMode.DARK.isDarkAtStart(false));
        assertFalse(ThemeMode.LIGHT.isDarkAtStart(true));
    }

    @Test
    void anUnknownOrMissingSettingMeansFollowTheSystem() {
        assertEquals(ThemeMode.SYSTEM, ThemeMode.parse("purple"));
        assertEquals(ThemeMode.SYSTEM, ThemeMode.parse(null));
        assertEquals(ThemeMode.DARK, ThemeMode.parse("DARK"));
    }
}
