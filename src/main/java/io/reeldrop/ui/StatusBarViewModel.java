package io.reeldrop.ui;

import io.reeldrop.session.Connection;
import io.reeldrop.api.RateLimit;
import io.reeldrop.tracking.TrackerHealth;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The status bar's texts: where we are connected, work in flight, rate limit, trouble. */
public final class StatusBarViewModel {

    private final ReadOnlyStringWrapper connection = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper inFlight = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper rateLimit = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper trouble = new ReadOnlyStringWrapper("");

    public void setConnection(Connection c) {
        connection.set(c == null ? "Not connected" : c.describe());
    }

    /** Before the first connection opens (it waits for the window's first frame). */
    public void setStarting(String sentence) {
        connection.set(sentence);
    }

    public void apply(TrackerHealth health) {
        if (health == null) {
            return;
        }
        inFlight.set(health.inFlight() == 0 ? "Nothing in flight"
                : health.inFlight() == 1 ? "1 task in flight" : health.inFlight() + " tasks in flight");
        RateLimit rl = health.rateLimit();
        rateLimit.set(rl == null || rl.remaining() == null ? ""
                : rl.remaining() + (rl.limit() == null ? "" : " of " + rl.limit()) + " requests left");
        trouble.set(health.connectionTrouble() == null ? "" : health.connectionTrouble());
    }

    public ReadOnlyStringProperty connectionProperty() {
        return connection.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty inFlightProperty() {
        return inFlight.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rateLimitProperty() {
        return rateLimit.getReadOnlyProperty();
    }

    /** Empty while all is well. */
    public ReadOnlyStringProperty troubleProperty() {
        return trouble.getReadOnlyProperty();
    }
}
