package io.reeldrop.ui.form;

import io.reeldrop.api.Index;

/** One entry of the index box: an index of the account, or an id the person typed. */
public record IndexChoice(String id, String name, Integer videoCount) {

    public static IndexChoice of(Index index) {
        return new IndexChoice(index.id(), index.name(), index.videoCount());
    }

    /** What the list shows: "name (3 videos) · id". */
    public String label() {
        if (name == null) {
            return id;
        }
        String count = videoCount == null ? "" : videoCount == 1 ? " (1 video)" : " (" + videoCount + " videos)";
        return name + count + " \u00b7 " + id;
    }
}
