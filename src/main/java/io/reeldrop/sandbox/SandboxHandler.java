package io.reeldrop.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The front door of every request, in this order: injected latency and faults, the API key,
 * the rate limit, then the route. Every answer, errors and faults included, carries the
 * {@code X-Ratelimit-*} headers.
 */
final class SandboxHandler extends Handler.Abstract {

    private static final Logger LOG = Logger.getLogger(SandboxHandler.class.getName());

    private final SandboxConfig config;
    private final FaultInjector faults;
    private final RateLimiter rateLimiter;
    private final ApiRouter router;

    SandboxHandler(SandboxConfig config, FaultInjector faults, ApiRouter router) {
        this.config = config;
        this.faults = faults;
        this.rateLimiter = new RateLimiter(config.rateLimitPerMinute());
        this.router = router;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        String version = path.startsWith("/v1.2/") ? "1.2" : path.startsWith("/v1.3/") ? "1.3" : null;
        pause(faults.latencyMillis());
        FaultInjector.RequestFault fault = faults.nextRequestFault();
        if (fault == FaultInjector.RequestFault.EMPTY_429) {
            writeHeaders(response, 429, rateLimiter.peek());
            response.write(true, ByteBuffer.allocate(0), callback);
            return true;
        }
        if (fault == FaultInjector.RequestFault.ERROR_500 || fault == FaultInjector.RequestFault.ERROR_502
                || fault == FaultInjector.RequestFault.ERROR_503) {
            drain(request); // a server fails after it read the request: the client then sees the 5xx, not a broken pipe
            int status = fault == FaultInjector.RequestFault.ERROR_500 ? 500 : fault == FaultInjector.RequestFault.ERROR_502 ? 502 : 503;
            send(response, callback, new ApiError(status, "internal_error", "Injected server error " + status
                    + " (sandbox fault plan)."), version, rateLimiter.peek(), false);
            return true;
        }
        boolean drop = fault == FaultInjector.RequestFault.DROP_CONNECTION;
        String key = request.getHeaders().get("x-api-key");
        if (key == null || !key.equals(config.apiKey())) {
            send(response, callback, new ApiError(401, "api_key_invalid", key == null
                    ? "No x-api-key header was sent. Send the sandbox's key (default: sandbox)."
                    : "The x-api-key is not valid for this sandbox. Send the key it was started with (default: sandbox)."),
                    version, rateLimiter.peek(), drop);
            return true;
        }
        RateLimiter.Window window = rateLimiter.take();
        if (window.exceeded()) {
            send(response, callback, new ApiError(429, "too_many_requests", "More than " + window.limit()
                    + " requests this minute. Wait until " + window.resetEpochSeconds() + " (X-Ratelimit-Reset)."),
                    version, window, drop);
            return true;
        }
        Reply reply;
        try {
            reply = router.route(request, version, path);
        } catch (ApiError error) {
            if (!request.getMethod().equals("GET") && !request.getMethod().equals("DELETE")) {
                // The body may be half read (e.g. an upload over the cap): this connection cannot carry another request.
                response.getHeaders().put(HttpHeader.CONNECTION, "close");
            }
            send(response, callback, error, version, window, drop);
            return true;
        } catch (RuntimeException unexpected) {
            LOG.log(Level.WARNING, "sandbox request failed: " + request.getMethod() + " " + path, unexpected);
            send(response, callback, new ApiError(500, "internal_error", "The sandbox failed: " + unexpected), version, window, drop);
            return true;
        }
        send(response, callback, reply, window, drop);
        return true;
    }

    private void send(Response response, Callback callback, ApiError error, String version, RateLimiter.Window window, boolean drop) {
        if (error.allow != null) {
            response.getHeaders().put(HttpHeader.ALLOW, error.allow);
        }
        send(response, callback, new Reply(error.status, JsonViews.error(error.code, error.getMessage(),
                version == null ? config.primaryVersion() : version)), window, drop);
    }

    private static void send(Response response, Callback callback, Reply reply, RateLimiter.Window window, boolean drop) {
        writeHeaders(response, reply.status(), window);
        reply.headers().forEach(response.getHeaders()::put);
        if (reply.body() == null) {
            response.write(true, ByteBuffer.allocate(0), callback);
            return;
        }
        byte[] body;
        try {
            body = JsonViews.MAPPER.writeValueAsBytes(reply.body());
        } catch (JsonProcessingException e) {
            body = "{\"code\":\"internal_error\",\"message\":\"unrenderable answer\"}".getBytes(StandardCharsets.UTF_8);
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        if (drop) {
            // Promise the whole body, send half, then abort: the client sees a connection closed mid-response.
            ByteBuffer half = ByteBuffer.wrap(body, 0, body.length / 2);
            response.write(false, half, Callback.from(
                    () -> callback.failed(new EofException("connection dropped by the sandbox fault plan")), callback::failed));
            return;
        }
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    private static void writeHeaders(Response response, int status, RateLimiter.Window window) {
        response.setStatus(status);
        response.getHeaders().put("X-Ratelimit-Limit", Integer.toString(window.limit()));
        response.getHeaders().put("X-Ratelimit-Remaining", Integer.toString(window.remaining()));
        response.getHeaders().put("X-Ratelimit-Used", Integer.toString(window.used()));
        response.getHeaders().put("X-Ratelimit-Reset", Long.toString(window.resetEpochSeconds()));
    }

    private static void drain(Request request) throws IOException {
        try (InputStream body = Content.Source.asInputStream(request)) {
            body.transferTo(OutputStream.nullOutputStream());
        }
    }

    private static void pause(long millis) throws InterruptedException {
        if (millis > 0) {
            Thread.sleep(millis); // injected latency: this handler is blocking by design
        }
    }
}
