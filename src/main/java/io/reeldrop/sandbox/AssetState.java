package io.reeldrop.sandbox;

import java.util.Locale;

/** The statuses of an asset, with their wire names. */
enum AssetState {
    PROCESSING, READY, FAILED;

    String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
