package io.reeldrop.api;

import java.io.IOException;
import java.net.Socket;
import java.util.function.Supplier;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * The JDK's default TLS set-up (trust store, host name check), made on the first https
 * connection instead of when the client is built. A handshake that fails here, while the
 * connection is made, is reported as {@link TlsHandshakeFailure}: nothing of the request has
 * been sent yet. Building it loads JSSE and parses the whole
 * trust store, about 400 classes and a few megabytes that stay for the life of the process; the
 * window talks to the local sandbox over plain http and may never need them.
 */
final class LazyTlsStrategy implements TlsSocketStrategy {

    private final Supplier<TlsSocketStrategy> factory;
    private TlsSocketStrategy delegate;

    LazyTlsStrategy() {
        this(DefaultClientTlsStrategy::createDefault);
    }

    LazyTlsStrategy(Supplier<TlsSocketStrategy> factory) {
        this.factory = factory;
    }

    @Override
    public SSLSocket upgrade(Socket socket, String target, int port, Object attachment, HttpContext context)
            throws IOException {
        try {
            return delegate().upgrade(socket, target, port, attachment, context);
        } catch (SSLException e) {
            throw new TlsHandshakeFailure(target, e);
        }
    }

    /** Synchronised: called once per new https connection, never on a hot path. */
    private synchronized TlsSocketStrategy delegate() {
        if (delegate == null) {
            delegate = factory.get();
        }
        return delegate;
    }
}
