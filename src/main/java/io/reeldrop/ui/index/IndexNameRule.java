package io.reeldrop.ui.index;

import java.util.Collection;

/**
 * What a new index's name must be. Neither API version's description limits the name's length
 * or characters, so only what is certainly wrong is refused: nothing but spaces, a line break or
 * other control character (a one-line name is what every list shows), and a name the account
 * already has (the service refuses a second index of the same name).
 */
final class IndexNameRule {

    private IndexNameRule() {
    }

    /** The sentence saying what is wrong with {@code typed}, or null when it can be sent. */
    static String problem(String typed, Collection<String> taken) {
        String name = typed == null ? "" : typed.strip();
        if (name.isEmpty()) {
            return "Give the index a name.";
        }
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            return "The name cannot contain line breaks, tabs or other control characters.";
        }
        for (String other : taken) {
            if (other != null && other.strip().equals(name)) {
                return "This account already has an index named \"" + name + "\". Choose another name.";
            }
        }
        return null;
    }
}
