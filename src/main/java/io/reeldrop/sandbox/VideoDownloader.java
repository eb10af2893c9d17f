package io.reeldrop.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fetches a {@code video_url} the way the service does: http and https only, at most 5
 * redirects (followed here, so each hop's scheme and, through {@link DownloadGate}, address are
 * checked), a connect timeout, a read timeout
 * (no byte for that long fails the task), a size cap, and the body streamed to a file through a
 * 64 KB buffer, never held in memory.
 */
final class VideoDownloader {

    static final int MAX_REDIRECTS = 5;
    private static final int BUFFER_SIZE = 64 * 1024;

    private final Duration connectTimeout;
    /** Built on the first download: building one sets up TLS (JSSE, the whole trust store). */
    private HttpClient client;
    private final Duration readTimeout;
    private final long maxBytes;
    private final ScheduledExecutorService watchdog;
    private final DownloadGate gate;

    VideoDownloader(Duration connectTimeout, Duration readTimeout, long maxBytes, ScheduledExecutorService watchdog,
                    DownloadGate gate) {
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.maxBytes = maxBytes;
        this.watchdog = watchdog;
        this.gate = gate;
    }

    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder()
                    .connectTimeout(connectTimeout)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .version(HttpClient.Version.HTTP_1_1) // no h2c upgrade attempts against plain file servers
                    .build();
        }
        return client;
    }

    /** Downloads to {@code target} under the configured size cap; returns the byte count. */
    long download(URI url, Path target) throws TaskFailure {
        return download(url, target, maxBytes);
    }

    /**
     * Downloads to {@code target}, failing past {@code maxBytes}; returns the byte count. Waits
     * for a download slot first, and checks each hop's address where the guards say so.
     */
    long download(URI url, Path target, long maxBytes) throws TaskFailure {
        gate.enter();
        try {
            return fetch(url, target, maxBytes);
        } finally {
            gate.leave();
        }
    }

    private long fetch(URI url, Path target, long maxBytes) throws TaskFailure {
        URI current = url;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            requireHttp(current);
            gate.checkTarget(current);
            HttpResponse<InputStream> response = send(current);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                closeQuietly(response.body());
                String location = response.headers().firstValue("Location").orElseThrow(() -> new TaskFailure(
                        "parameter_invalid", "The video_url answered " + status + " without a Location to follow."));
                current = resolve(current, location);
                continue;
            }
            if (status != 200) {
                closeQuietly(response.body());
                throw new TaskFailure("parameter_invalid", "The video_url could not be downloaded: the server answered HTTP "
                        + status + ". Check that the URL is public and points at the video file itself.");
            }
            long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > maxBytes) {
                closeQuietly(response.body());
                throw tooLarge(declared, maxBytes);
            }
            return copy(response.body(), target, maxBytes);
        }
        throw new TaskFailure("parameter_invalid", "The video_url redirects more than " + MAX_REDIRECTS
                + " times. Use the final address of the video file.");
    }

    /** A server's {@code Location} is outside input: a bad one fails the task as such, not as a sandbox crash. */
    private static URI resolve(URI current, String location) throws TaskFailure {
        try {
            return current.resolve(location.strip());
        } catch (IllegalArgumentException e) {
            throw new TaskFailure("parameter_invalid", "The video_url redirects to '" + location
                    + "', which is not a valid URL. Use the final address of the video file.");
        }
    }

    private HttpResponse<InputStream> send(URI url) throws TaskFailure {
        try {
            HttpRequest request = HttpRequest.newBuilder(url).GET()
                    .timeout(readTimeout) // bounds the wait for the response headers
                    .header("User-Agent", "ReelDrop-sandbox")
                    .build();
            return client().send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException e) {
            throw new TaskFailure("parameter_invalid", "The video_url's server did not accept a connection within "
                    + seconds(connectTimeout) + ".");
        } catch (HttpTimeoutException e) {
            throw new TaskFailure("parameter_invalid", "The video_url's server did not answer within " + seconds(readTimeout) + ".");
        } catch (ConnectException e) {
            throw new TaskFailure("parameter_invalid", "The video_url's server refused the connection (" + url.getHost()
                    + ":" + port(url) + "). Check the address.");
        } catch (IOException e) {
            throw new TaskFailure("parameter_invalid", "The video_url could not be downloaded: " + describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TaskFailure("parameter_invalid", "The download was interrupted because the sandbox is stopping.");
        } catch (IllegalArgumentException e) {
            // java.net.http is stricter about URIs than java.net.URI; a redirect may bring one it refuses.
            throw new TaskFailure("parameter_invalid", "The video_url '" + url + "' cannot be fetched: " + e.getMessage());
        }
    }

    private long copy(InputStream body, Path target, long maxBytes) throws TaskFailure {
        AtomicLong lastProgress = new AtomicLong(System.nanoTime());
        AtomicBoolean timedOut = new AtomicBoolean();
        long checkEvery = Math.max(50, readTimeout.toMillis() / 4);
        ScheduledFuture<?> guard = watchdog.scheduleWithFixedDelay(() -> {
            if (System.nanoTime() - lastProgress.get() > readTimeout.toNanos()) {
                timedOut.set(true);
                closeQuietly(body); // unblocks the reading thread
            }
        }, checkEvery, checkEvery, TimeUnit.MILLISECONDS);
        long total = 0;
        try (InputStream in = body; OutputStream out = Files.newOutputStream(target)) {
            byte[] buffer = new byte[BUFFER_SIZE];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                total += n;
                if (total > maxBytes) {
                    throw tooLarge(total, maxBytes);
                }
                gate.spend(n);
                out.write(buffer, 0, n);
                lastProgress.set(System.nanoTime());
            }
            return total;
        } catch (IOException e) {
            if (timedOut.get()) {
                throw new TaskFailure("parameter_invalid", "The video_url stopped sending data for " + seconds(readTimeout)
                        + " after " + total + " bytes.");
            }
            throw new TaskFailure("parameter_invalid", "The download of the video_url broke off after " + total
                    + " bytes: " + describe(e));
        } finally {
            guard.cancel(false);
        }
    }

    private static TaskFailure tooLarge(long bytes, long maxBytes) {
        return new TaskFailure("video_filesize_too_large", "The video is larger than the "
                + (maxBytes >= 1 << 30 ? maxBytes / (1 << 30) + " GB" : maxBytes + " bytes") + " limit (at least "
                + bytes + " bytes). Upload a shorter or more compressed file.");
    }

    static void requireHttp(URI url) throws TaskFailure {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null || url.getPort() > 65535) {
            throw new TaskFailure("parameter_invalid", "The video_url must be an http or https address of the video file, not '"
                    + url + "'.");
        }
    }

    private static int port(URI url) {
        return url.getPort() >= 0 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // already broken; the caller reports the real cause
        }
    }
}
