package io.reeldrop.api;

import javax.net.ssl.SSLException;

/**
 * A TLS handshake that failed while the connection was being set up, before any byte of the
 * request could leave: thrown by {@link LazyTlsStrategy}, so the client knows for certain that
 * even a creating POST never arrived (a TLS error later on an open connection may come after it).
 */
final class TlsHandshakeFailure extends SSLException {

    private static final long serialVersionUID = 1L;

    TlsHandshakeFailure(String target, Throwable cause) {
        super("TLS handshake with " + target + " failed: " + cause.getMessage(), cause);
    }
}
