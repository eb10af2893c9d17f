package io.reeldrop.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** Light, dark, or whatever the desktop prefers. */
public enum ThemeMode {
    SYSTEM, LIGHT, DARK;

    /** Installs the AtlantaFX stylesheet for this mode; SYSTEM asks the desktop (may block briefly). */
    public boolean apply() {
        boolean dark = this == DARK || (this == SYSTEM && SystemTheme.prefersDark());
        Application.setUserAgentStylesheet(dark
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        return dark;
    }

    public static ThemeMode parse(String text) {
        try {
            return valueOf(text);
        } catch (IllegalArgumentException | NullPointerException e) {
            return SYSTEM;
        }
    }
}
