package io.reeldrop.ui;

import io.reeldrop.api.ApiVersion;
import java.net.URI;

/**
 * Where the window is connected, for the status bar and the form.
 *
 * @param preselectIndexId the index to choose on start (the sandbox's own index), or null
 */
public record Connection(Kind kind, URI apiUrl, ApiVersion version, String preselectIndexId) {

    public enum Kind {
        /** The in-process sandbox on 127.0.0.1: no account, nothing leaves the machine. */
        SANDBOX,
        /** A real Twelve Labs account (or any compatible server the person chose). */
        ACCOUNT
    }

    /** A short sentence for the status bar. */
    public String describe() {
        if (kind == Kind.SANDBOX) {
            return "Local sandbox: offline, for trying ReelDrop";
        }
        return "Connected to " + apiUrl.getHost() + " (API " + version.pathSegment() + ")";
    }
}
