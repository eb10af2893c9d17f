package io.reeldrop.session;

import io.reeldrop.api.ApiKey;
import io.reeldrop.api.Index;
import java.net.URI;
import java.util.List;

/**
 * Builds sessions once {@link Accounts} has decided what to open. Every method may block on the
 * network, the disk or starting the sandbox: front ends call it off their UI thread. Tests of
 * the front ends put fakes behind this seam.
 */
public interface SessionOpener {

    /** Starts the in-process sandbox on 127.0.0.1 and an engine talking to it. */
    Session openSandbox();

    /**
     * An engine talking to an account. Does not check the key; see {@link #checkKey}.
     *
     * @param connection where to, the profile its tasks are filed under, and where the key came from
     */
    Session openAccount(Connection connection, ApiKey key);

    /**
     * Proves a key works with one real call (list indexes) before anything is saved.
     *
     * @throws io.reeldrop.api.ApiException with a sentence for the person when it does not
     */
    List<Index> checkKey(URI apiUrl, ApiKey key);
}
