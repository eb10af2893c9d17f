package io.reeldrop.ui.index;

/** An index just created from the window, to be chosen in the form. */
public record CreatedIndex(String id, String name) {
}
