package io.reeldrop.api;

import java.util.Objects;

/**
 * The account's API key. A class, not a String, so it cannot end up in a log line or an
 * exception message by accident: {@link #toString()} never shows it.
 */
public final class ApiKey {

    private final String value;

    private ApiKey(String value) {
        this.value = value;
    }

    public static ApiKey of(String value) {
        Objects.requireNonNull(value, "value");
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("The API key is empty.");
        }
        return new ApiKey(trimmed);
    }

    /** The secret itself; only for the {@code x-api-key} header and the keychain. */
    public String reveal() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApiKey other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "ApiKey[hidden]";
    }
}
