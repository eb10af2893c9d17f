package io.reeldrop.api;

import java.util.Locale;
import java.util.Objects;

/**
 * An asset's status as the API spelled it ({@code processing}, {@code ready}, {@code failed}).
 * A value, not an enum, so a status this build does not know is carried and shown, not fatal.
 */
public record AssetStatus(String value) {

    public static final AssetStatus PROCESSING = new AssetStatus("processing");
    public static final AssetStatus READY = new AssetStatus("ready");
    public static final AssetStatus FAILED = new AssetStatus("failed");

    public AssetStatus {
        Objects.requireNonNull(value, "value");
        value = value.trim().toLowerCase(Locale.ROOT);
    }

    public static AssetStatus of(String value) {
        return new AssetStatus(value);
    }

    /** {@code ready} and {@code failed} never change again. */
    public boolean isTerminal() {
        return equals(READY) || equals(FAILED);
    }

    @Override
    public String toString() {
        return value;
    }
}
