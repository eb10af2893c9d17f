package io.reeldrop.ui.notify;

import java.util.Objects;

/**
 * One thing to tell a person who looks elsewhere.
 *
 * @param title a few words for the notification's heading ("Videos finished")
 * @param text the sentence, also what the window's toast shows
 * @param problem true when something failed: a warning, not good news
 */
public record Notice(String title, String text, boolean problem) {

    public Notice {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
    }
}
