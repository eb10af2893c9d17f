package io.reeldrop.api;

import java.util.Locale;
import java.util.Objects;

/**
 * A multipart upload session's status as the API spelled it: {@code active}, {@code completed},
 * {@code failed}, {@code expired}. Unknown values are kept.
 */
public record UploadSessionStatus(String value) {

    public static final UploadSessionStatus ACTIVE = new UploadSessionStatus("active");
    public static final UploadSessionStatus COMPLETED = new UploadSessionStatus("completed");
    public static final UploadSessionStatus FAILED = new UploadSessionStatus("failed");
    public static final UploadSessionStatus EXPIRED = new UploadSessionStatus("expired");

    public UploadSessionStatus {
        Objects.requireNonNull(value, "value");
        value = value.trim().toLowerCase(Locale.ROOT);
    }

    public static UploadSessionStatus of(String value) {
        return new UploadSessionStatus(value);
    }

    /** A finished session can take no more chunks: completed, failed or expired. */
    public boolean isTerminal() {
        return equals(COMPLETED) || equals(FAILED) || equals(EXPIRED);
    }

    @Override
    public String toString() {
        return value;
    }
}
