package io.reeldrop.ui.form;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Decides which index the typed text means, or why it cannot be used. */
final class IndexField {

    /** Twelve Labs ids are 24 hexadecimal characters (MongoDB object ids). */
    private static final Pattern ID = Pattern.compile("[0-9a-fA-F]{24}");

    /** @param indexId null when {@code problem} is set */
    record Resolution(String indexId, String problem) {
    }

    private IndexField() {
    }

    /**
     * @param listLoaded true when {@code known} is the account's full list (so an absent id is
     *     a real mistake); false when the list could not be loaded
     */
    static Resolution resolve(String text, List<IndexChoice> known, boolean listLoaded) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            return new Resolution(null, "Choose an index, or type its id.");
        }
        for (IndexChoice c : known) {
            if (s.equals(c.id()) || s.equals(c.label())) {
                return new Resolution(c.id(), null);
            }
        }
        for (IndexChoice c : known) {
            if (c.name() != null && c.name().toLowerCase(Locale.ROOT).equals(s.toLowerCase(Locale.ROOT))) {
                return new Resolution(c.id(), null);
            }
        }
        if (!ID.matcher(s).matches()) {
            return new Resolution(null, "\"" + s + "\" is not an index id (ids are 24 characters, 0-9 and a-f)"
                    + (known.isEmpty() ? "." : " nor the name of one of your indexes."));
        }
        if (listLoaded) {
            return new Resolution(null, "No index with id " + s + " in this account. Refresh the list or check the id.");
        }
        return new Resolution(s, null);
    }
}
