package io.reeldrop.sandbox;

import java.util.Locale;

/** The statuses a sandbox task goes through, with their wire names. */
public enum TaskState {
    VALIDATING, PENDING, QUEUED, INDEXING, READY, FAILED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isTerminal() {
        return this == READY || this == FAILED;
    }
}
