package io.reeldrop.preflight;

import java.io.IOException;
import java.net.URI;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.config.TlsConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.io.ModalCloseable;
import org.apache.hc.core5.util.Timeout;

/**
 * One ranged GET at a time, within a check's deadline, and nothing else: no redirects (the
 * check follows them itself, http(s) only), no retries, no cookies, no authentication, no
 * compression (sizes must be the file's), and no API key: this layer has none. The pooled
 * client is thread-safe and starts no threads (no idle-connection evictor).
 */
final class LinkFetcher implements AutoCloseable {

    static final String USER_AGENT = "ReelDrop-preflight/0.1";
    private static final int CONNECTIONS = 32;

    private final Bounds bounds;
    private final CloseableHttpClient http;

    LinkFetcher(Bounds bounds) {
        this.bounds = bounds;
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(CONNECTIONS)
                        .setMaxConnPerRoute(CONNECTIONS)
                        .setTlsSocketStrategy(new LazyTls())
                        .setDefaultTlsConfig(TlsConfig.custom().setHandshakeTimeout(Timeout.of(bounds.readTimeout())).build())
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(bounds.connectTimeout()))
                                .setSocketTimeout(Timeout.of(bounds.readTimeout()))
                                .build())
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableContentCompression()
                .setUserAgent(USER_AGENT)
                .build();
    }

    /** GETs bytes {@code from} to {@code to} (inclusive) of {@code url}; the caller closes the answer with {@link #discard}. */
    @SuppressWarnings("deprecation") // the per-request connect timeout is the only way to cap a connect by the time left
    ClassicHttpResponse get(URI url, long from, long to, Deadline deadline) throws IOException {
        HttpGet get = new HttpGet(url);
        get.setHeader(HttpHeaders.RANGE, "bytes=" + from + "-" + to);
        get.setHeader(HttpHeaders.ACCEPT_ENCODING, "identity");
        get.setConfig(RequestConfig.custom()
                .setConnectionRequestTimeout(deadline.cap(bounds.readTimeout()))
                .setConnectTimeout(deadline.cap(bounds.connectTimeout()))
                .setResponseTimeout(deadline.cap(bounds.readTimeout()))
                .setRedirectsEnabled(false)
                .setAuthenticationEnabled(false)
                .setContentCompressionEnabled(false)
                .build());
        return http.executeOpen(null, get, null);
    }

    /**
     * Closes an answer without reading the rest of its body: a plain close would drain it, and
     * a server that ignores the range sends the whole file.
     */
    static void discard(ClassicHttpResponse response) {
        if (response instanceof ModalCloseable modal) {
            modal.close(CloseMode.IMMEDIATE);
            return;
        }
        try {
            response.close();
        } catch (IOException ignored) {
            // nothing was kept from this answer
        }
    }

    @Override
    public void close() {
        http.close(CloseMode.IMMEDIATE);
    }
}
