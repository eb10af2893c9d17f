package io.reeldrop.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** Light, dark, or whatever the desktop prefers. */
public enum ThemeMode {
    SYSTEM, LIGHT, DARK;

    /**
     * Whether this mode means dark, given the desktop's answer. At start that is the answer of
     * the last run: asking starts a process (gsettings, defaults, reg) that would delay the first
     * frame, so the window asks again once it is on screen.
     */
    public boolean isDarkAtStart(boolean systemWasDark) {
        return this == SYSTEM ? systemWasDark : this == DARK;
    }

    /** Sets the AtlantaFX Primer stylesheet for the whole application. */
    public static void install(boolean dark) {
        Application.setUserAgentStylesheet(dark
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    public static ThemeMode parse(String text) {
        try {
            return valueOf(text);
        } catch (IllegalArgumentException | NullPointerException e) {
            return SYSTEM;
        }
    }
}
