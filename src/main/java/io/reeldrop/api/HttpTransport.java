package io.reeldrop.api;

import java.net.URI;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.HttpRequestInterceptor;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.net.URIAuthority;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one pooled HTTP client behind a {@link TwelveLabsClient}. What is switched off, and why:
 * redirects (followed by hand, only within the configured origin, so the key never travels
 * elsewhere; an interceptor also strips the key header from any request to another origin),
 * automatic retries (the client's own policy decides, and must never resend a
 * creating POST), cookies (the API uses none). TLS keeps the JDK's default trust store and
 * host name check; there is deliberately no way to turn them off.
 */
final class HttpTransport {

    static final String USER_AGENT = "ReelDrop/0.1 (+https://github.com/reeldrop)";
    private static final Logger LOG = LoggerFactory.getLogger(HttpTransport.class);

    private HttpTransport() {
    }

    /**
     * @param expectContinue ask the server with {@code Expect: 100-continue} before sending the
     *     body. Used for file uploads: a wrong key, a full index or a rate limit then answers
     *     before a large file goes out, and a server that ignores the header gets the body after
     *     HttpClient's short wait anyway.
     */
    static RequestConfig requestConfig(ApiConfig config, boolean expectContinue) {
        return RequestConfig.custom()
                .setResponseTimeout(Timeout.of(config.responseTimeout()))
                .setExpectContinueEnabled(expectContinue)
                .build();
    }

    static CloseableHttpClient create(ApiConfig config, int maxConnections) {
        PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(maxConnections)
                .setMaxConnPerRoute(maxConnections)
                // No Nagle: a small multipart body written after its headers must not wait for
                // the server's delayed ACK (about 40 ms a request otherwise).
                .setDefaultSocketConfig(SocketConfig.custom().setTcpNoDelay(true).build())
                .setTlsSocketStrategy(new LazyTlsStrategy())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(config.connectTimeout()))
                        .setSocketTimeout(Timeout.of(config.responseTimeout()))
                        // A server may close an idle keep-alive connection; checking a connection
                        // idle for over a second before reuse keeps a POST off a dead socket,
                        // where its outcome would be unknown.
                        .setValidateAfterInactivity(TimeValue.ofSeconds(1))
                        .setTimeToLive(TimeValue.ofMinutes(5))
                        .build())
                .build();
        return HttpClients.custom()
                .setConnectionManager(pool)
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .evictIdleConnections(TimeValue.ofSeconds(30))
                .setUserAgent(USER_AGENT)
                .setDefaultRequestConfig(requestConfig(config, false))
                .addRequestInterceptorLast(keyOnlyToTheApi(config))
                .build();
    }

    /**
     * The last word on where the key goes: whatever built a request, the {@code x-api-key}
     * header leaves only for the configured API origin and, there, only for paths under the base
     * URL's ({@code /v1.3/...}). A chunk PUT to a presigned URL (an object store elsewhere, or the
     * sandbox's own upload path on the API's host) never carries it, even if a bug or a hostile
     * {@code upload_headers} put it there.
     */
    static HttpRequestInterceptor keyOnlyToTheApi(ApiConfig config) {
        URI api = config.baseUrl();
        int apiPort = port(api.getScheme(), api.getPort());
        String basePath = api.getRawPath() == null ? "" : api.getRawPath().replaceAll("/+$", "");
        return (request, entity, context) -> {
            if (!request.containsHeader(RequestFactory.KEY_HEADER)) {
                return;
            }
            URIAuthority target = request.getAuthority();
            String scheme = String.valueOf(request.getScheme());
            String path = String.valueOf(request.getPath());
            boolean sameOrigin = target != null && api.getScheme().equalsIgnoreCase(scheme)
                    && api.getHost().equalsIgnoreCase(target.getHostName())
                    && apiPort == port(scheme, target.getPort());
            boolean underBase = path.equals(basePath) || path.startsWith(basePath + "/") || path.startsWith(basePath + "?");
            if (!sameOrigin || !underBase) {
                request.removeHeaders(RequestFactory.KEY_HEADER);
                LOG.warn("A request to {}://{}{} carried the API key header; it was removed, the key goes only to {}",
                        scheme, target, path.replaceAll("\\?.*", ""), api);
            }
        };
    }

    static int port(String scheme, int port) {
        if (port >= 0) {
            return port;
        }
        return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }
}
