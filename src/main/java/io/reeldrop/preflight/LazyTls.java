package io.reeldrop.preflight;

import java.io.IOException;
import java.net.Socket;
import javax.net.ssl.SSLSocket;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * The JDK's default TLS (trust store, host name check), set up on the first https link rather
 * than when the pre-flight is built: loading it costs a few megabytes for the life of the
 * process, and a profile on the local sandbox checks only http links. (The API client does the
 * same for the same reason; this layer may not use its class.)
 */
final class LazyTls implements TlsSocketStrategy {

    private TlsSocketStrategy delegate;

    @Override
    public SSLSocket upgrade(Socket socket, String target, int port, Object attachment, HttpContext context)
            throws IOException {
        return delegate().upgrade(socket, target, port, attachment, context);
    }

    private synchronized TlsSocketStrategy delegate() {
        if (delegate == null) {
            delegate = DefaultClientTlsStrategy.createDefault();
        }
        return delegate;
    }
}
