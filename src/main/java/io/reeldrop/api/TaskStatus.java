package io.reeldrop.api;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A task's status as the API spelled it. Kept as a value rather than an enum so that a status
 * this build does not know (the vendor adds some now and then) is carried and shown, not fatal.
 */
public record TaskStatus(String value) {

    public static final TaskStatus UPLOADING = new TaskStatus("uploading");
    public static final TaskStatus VALIDATING = new TaskStatus("validating");
    public static final TaskStatus PENDING = new TaskStatus("pending");
    public static final TaskStatus QUEUED = new TaskStatus("queued");
    public static final TaskStatus INDEXING = new TaskStatus("indexing");
    public static final TaskStatus READY = new TaskStatus("ready");
    public static final TaskStatus FAILED = new TaskStatus("failed");

    private static final Set<String> KNOWN =
            Set.of("uploading", "validating", "pending", "queued", "indexing", "ready", "failed");

    public TaskStatus {
        Objects.requireNonNull(value, "value");
        value = value.trim().toLowerCase(Locale.ROOT);
    }

    public static TaskStatus of(String value) {
        return new TaskStatus(value);
    }

    /** {@code ready} and {@code failed} never change again. */
    public boolean isTerminal() {
        return equals(READY) || equals(FAILED);
    }

    public boolean isKnown() {
        return KNOWN.contains(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
