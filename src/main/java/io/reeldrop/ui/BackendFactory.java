package io.reeldrop.ui;

import io.reeldrop.api.ApiKey;
import io.reeldrop.api.Index;
import java.net.URI;
import java.util.List;

/**
 * Builds backends. The window calls it only through the executor: every method may block on
 * the network or on starting the sandbox.
 */
public interface BackendFactory {

    /** Starts the in-process sandbox on 127.0.0.1 and an engine talking to it. */
    Backend openSandbox();

    /** An engine talking to a real account. Does not check the key; see {@link #checkKey}. */
    Backend openAccount(URI apiUrl, ApiKey key);

    /**
     * Proves a key works with one real call (list indexes) before anything is saved.
     *
     * @throws io.reeldrop.api.ApiException with a sentence for the person when it does not
     */
    List<Index> checkKey(URI apiUrl, ApiKey key);
}
