package io.reeldrop.ui.table;

import io.reeldrop.ui.action.StandardAction;

/**
 * What the table says when it shows no row, which depends on why: nothing was ever sent, this
 * profile has nothing while others do, or the filter and search hide every row. One sentence for
 * all three had told a person with tasks in other profiles that there were none.
 */
final class EmptyTableText {

    private EmptyTableText() {
    }

    /**
     * @param everyProfile how many rows all profiles have
     * @param inScope how many of them the profile choice lists (This profile or All profiles)
     */
    static String of(int everyProfile, int inScope) {
        if (everyProfile == 0) {
            return "No videos yet. Paste URLs above and press Submit (" + StandardAction.SUBMIT.keyText() + ").";
        }
        if (inScope == 0) {
            int others = everyProfile;
            return "No videos in this profile yet. " + (others == 1 ? "Another profile has one" : "Other profiles have "
                    + others) + ": choose All profiles to see " + (others == 1 ? "it." : "them.");
        }
        return "No videos match the status filter or the search.";
    }
}
