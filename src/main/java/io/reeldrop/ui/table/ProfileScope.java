package io.reeldrop.ui.table;

/**
 * Whose tasks the table lists. The history holds every profile's tasks, but only the open
 * profile's are followed; the others are shown, as last seen, when the person asks for all.
 */
public enum ProfileScope {
    THIS("This profile"),
    ALL("All profiles");

    private final String label;

    ProfileScope(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
