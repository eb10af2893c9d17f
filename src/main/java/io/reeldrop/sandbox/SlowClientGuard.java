package io.reeldrop.sandbox;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Drops clients that trickle bytes (Slowloris): Jetty's idle timeout ends a connection that
 * sends nothing, not one that sends a byte now and then, and its minimum data rates are not
 * enforced in Jetty 12. Each connection is watched: once a request has begun arriving, its
 * headers must be in within {@link SandboxGuards#requestWithin()}, and while its body arrives it
 * must keep {@link SandboxGuards#minBodyBytesPerSecond()} over each such stretch; otherwise
 * the connection is closed. Idle keep-alive connections are left to the idle timeout, and bodies
 * the sandbox itself reads slowly (the slow-upload fault) are not held against the client.
 */
final class SlowClientGuard implements Connection.Listener, AutoCloseable {

    private final long withinNanos;
    private final long minBytesPerWindow;
    private final BooleanSupplier sandboxThrottles;
    private final Map<Connection, Watch> watched = new ConcurrentHashMap<>();
    private final ScheduledFuture<?> sweep;

    /** What is known of one connection; written by the handling thread and the sweep. */
    private static final class Watch {
        volatile long bytesAtQuiet;
        volatile long partialSince;
        volatile boolean active;
        volatile long bodyLength;
        volatile boolean bodyIn;
        volatile long windowStart;
        volatile long windowBytes;
    }

    SlowClientGuard(SandboxGuards guards, ScheduledExecutorService scheduler, BooleanSupplier sandboxThrottles) {
        this.withinNanos = guards.requestWithin().toNanos();
        this.minBytesPerWindow = Math.max(1, guards.minBodyBytesPerSecond() * guards.requestWithin().toMillis() / 1000);
        this.sandboxThrottles = sandboxThrottles;
        long every = Math.max(20, guards.requestWithin().toMillis() / 5);
        this.sweep = scheduler.scheduleWithFixedDelay(this::sweep, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public void onOpened(Connection connection) {
        watched.put(connection, new Watch());
    }

    @Override
    public void onClosed(Connection connection) {
        watched.remove(connection);
    }

    /** Wraps the sandbox's handler so the guard knows when each request begins and ends. */
    Handler wrap(Handler inner) {
        return new Handler.Wrapper(inner) {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                Connection connection = request.getConnectionMetaData().getConnection();
                Watch w = watched.get(connection);
                if (w == null) {
                    return super.handle(request, response, callback);
                }
                long length = request.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH);
                boolean chunked = request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
                w.bodyLength = length >= 0 ? length : chunked ? -1 : 0;
                w.bodyIn = w.bodyLength == 0;
                w.windowStart = System.nanoTime();
                w.windowBytes = connection.getBytesIn();
                w.active = true;
                return super.handle(request, response, Callback.from(() -> {
                    w.active = false;
                    w.partialSince = 0;
                    w.bytesAtQuiet = connection.getBytesIn();
                }, callback));
            }
        };
    }

    private void sweep() {
        long now = System.nanoTime();
        watched.forEach((connection, w) -> {
            long bytes = connection.getBytesIn();
            if (!w.active) {
                if (bytes > w.bytesAtQuiet) {
                    if (w.partialSince == 0) {
                        w.partialSince = now;
                    } else if (now - w.partialSince > withinNanos) {
                        connection.getEndPoint().close(); // headers begun but not done in time
                    }
                }
                return;
            }
            if (w.bodyIn || sandboxThrottles.getAsBoolean()) {
                return;
            }
            if (w.bodyLength > 0 && bytes - w.bytesAtQuiet >= w.bodyLength) {
                w.bodyIn = true; // what came since the last answer holds the headers and the whole body
                return;
            }
            if (now - w.windowStart >= withinNanos) {
                if (bytes - w.windowBytes < minBytesPerWindow) {
                    connection.getEndPoint().close(); // the body trickles
                    return;
                }
                w.windowStart = now;
                w.windowBytes = bytes;
            }
        });
    }

    @Override
    public void close() {
        sweep.cancel(false);
    }
}
