package io.reeldrop.sandbox;

import java.time.Duration;
import java.util.Objects;

/**
 * What keeps a sandbox safe to run where others can reach it. A sandbox bound to loopback
 * serves only this computer and keeps today's behaviour ({@link #forLoopback()}); one bound
 * beyond it ({@code --bind 0.0.0.0}) is a server anyone on the network can use, so it fetches
 * no private addresses and caps its downloads ({@link #forNetwork()}). Slow clients are dropped
 * on both.
 *
 * @param allowPrivateUrls fetch {@code video_url} targets in private, loopback and link-local
 *     ranges (checked on every redirect hop)
 * @param maxConcurrentDownloads downloads at once; more wait their turn
 * @param maxDownloadBytes bytes all downloads together may fetch while the sandbox runs
 * @param requestWithin the longest a client may take to send a request's headers, and the
 *     stretch over which a request body must keep {@code minBodyBytesPerSecond}
 * @param minBodyBytesPerSecond the slowest a request body may arrive, averaged over {@code requestWithin}
 */
public record SandboxGuards(boolean allowPrivateUrls, int maxConcurrentDownloads, long maxDownloadBytes,
                            Duration requestWithin, long minBodyBytesPerSecond) {

    /** 20 GiB: ten videos of the API's largest size. */
    public static final long NETWORK_DOWNLOAD_BYTES = 20L * 1024 * 1024 * 1024;

    public SandboxGuards {
        Objects.requireNonNull(requestWithin, "requestWithin");
        if (maxConcurrentDownloads < 1) {
            throw new IllegalArgumentException("--max-downloads must be at least 1, was " + maxConcurrentDownloads + ".");
        }
        if (maxDownloadBytes < 1) {
            throw new IllegalArgumentException("--max-download-bytes must be at least 1, was " + maxDownloadBytes + ".");
        }
        if (requestWithin.isZero() || requestWithin.isNegative()) {
            throw new IllegalArgumentException("The request deadline must be longer than zero, was " + requestWithin + ".");
        }
    }

    /** On 127.0.0.1: local video URLs work, 200 downloads at once (the validators), no total cap. */
    public static SandboxGuards forLoopback() {
        return new SandboxGuards(true, SandboxWorkers.VALIDATION_THREADS, Long.MAX_VALUE, Duration.ofSeconds(10), 1024);
    }

    /** Beyond loopback: public video URLs only, 8 downloads at once, 20 GiB in all. */
    public static SandboxGuards forNetwork() {
        return new SandboxGuards(false, 8, NETWORK_DOWNLOAD_BYTES, Duration.ofSeconds(10), 1024);
    }

    public SandboxGuards withAllowPrivateUrls(boolean value) {
        return new SandboxGuards(value, maxConcurrentDownloads, maxDownloadBytes, requestWithin, minBodyBytesPerSecond);
    }

    public SandboxGuards withMaxConcurrentDownloads(int value) {
        return new SandboxGuards(allowPrivateUrls, value, maxDownloadBytes, requestWithin, minBodyBytesPerSecond);
    }

    public SandboxGuards withMaxDownloadBytes(long value) {
        return new SandboxGuards(allowPrivateUrls, maxConcurrentDownloads, value, requestWithin, minBodyBytesPerSecond);
    }

    public SandboxGuards withSlowClients(Duration within, long minBytesPerSecond) {
        return new SandboxGuards(allowPrivateUrls, maxConcurrentDownloads, maxDownloadBytes, within, minBytesPerSecond);
    }
}
