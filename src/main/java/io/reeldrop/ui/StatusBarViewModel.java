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
    private Connection current;
    private String profileName;

    public void setConnection(Connection c) {
        current = c;
        connection.set(c == null ? "Not connected" : describe());
    }

    /**
     * The open account's saved name, said before where it is connected: two accounts on one host
     * look alike otherwise. Null when the open profile has no saved name (one named by the
     * environment) or is the sandbox.
     */
    public void setProfileName(String name) {
        profileName = name;
        if (current != null) {
            connection.set(describe());
        }
    }

    private String describe() {
        // A name that only repeats the host (the default) would say it twice.
        boolean named = profileName != null && current.kind() == Connection.Kind.ACCOUNT
                && !profileName.equalsIgnoreCase(current.apiUrl().getHost());
        return named ? profileName + ": " + current.describe() : current.describe();
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
