package io.reeldrop.api;

/**
 * What a call creates, if anything. A creating POST may cost money (a daily creation limit) or
 * leave a duplicate, so once it may have reached the server it is never sent again; the
 * sentence then says what may exist and where to look for it.
 */
enum Creates {
    NOTHING(null, null),
    TASK("a task", "look for the task in the task list before trying again"),
    ASSET("an asset", "look for the asset in the asset list before trying again"),
    UPLOAD_SESSION("an upload session", "look for it among the incomplete uploads before trying again; "
            + "an unused session expires by itself after 24 hours"),
    INDEXED_ASSET("an indexed asset", "look for the asset in the index's indexed assets before trying again"),
    INDEX("an index", "refresh the index list and look for it before trying again");

    private final String thing;
    private final String reconcile;

    Creates(String thing, String reconcile) {
        this.thing = thing;
        this.reconcile = reconcile;
    }

    boolean anything() {
        return this != NOTHING;
    }

    /** "a task", "an asset"... */
    String thing() {
        return thing;
    }

    /** What a person should do before trying again. */
    String reconcile() {
        return reconcile;
    }
}
