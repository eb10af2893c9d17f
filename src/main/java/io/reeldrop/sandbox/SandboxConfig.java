package io.reeldrop.sandbox;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything a sandbox is started with. Build from {@link #defaults()} with the {@code with...}
 * methods; every value has a safe default (loopback, a free port, key {@code sandbox}).
 *
 * @param bindAddress address to listen on; loopback unless the user explicitly asks otherwise
 * @param port TCP port, 0 for a free one
 * @param apiKey the only {@code x-api-key} value accepted
 * @param timeScale schedule speed-up: 10 makes pending/queued/indexing ten times shorter
 * @param dataDir where state and downloads live; null for a temporary folder deleted on stop
 *                (state then does not survive a restart)
 * @param primaryVersion "1.3" or "1.2": the version {@link SandboxServer#baseUrl()} points at
 *                       (both are always served)
 * @param rateLimitPerMinute requests per key per one-minute window before 429
 * @param maxVideoBytes largest download or upload accepted (the service's limit is 2 GB)
 * @param connectTimeout connect timeout when downloading a {@code video_url}
 * @param readTimeout longest silence while downloading before the task fails
 * @param schedule durations of the statuses before scaling
 * @param faults faults injected from the start
 * @param uploadPort TCP port of the presigned chunk URLs (another origin, as an object store is), 0 for a free one
 * @param assets size limits of assets and how multipart uploads are cut
 * @param guards downloads and slow clients; null to choose by the bind address
 *               ({@link SandboxGuards#forLoopback()} or {@link SandboxGuards#forNetwork()})
 */
public record SandboxConfig(
        String bindAddress,
        int port,
        String apiKey,
        double timeScale,
        Path dataDir,
        String primaryVersion,
        int rateLimitPerMinute,
        long maxVideoBytes,
        Duration connectTimeout,
        Duration readTimeout,
        Schedule schedule,
        FaultPlan faults,
        int uploadPort,
        AssetLimits assets,
        SandboxGuards guards) {

    public static final String DEFAULT_API_KEY = "sandbox";
    public static final long TWO_GIGABYTES = 2L * 1024 * 1024 * 1024;

    public SandboxConfig {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(faults, "faults");
        Objects.requireNonNull(assets, "assets");
        if (apiKey.isBlank()) {
            throw new IllegalArgumentException("The API key (--api-key) must not be blank.");
        }
        if (!(timeScale > 0)) {
            throw new IllegalArgumentException("The time scale (--time-scale) must be greater than 0, was " + timeScale + ".");
        }
        if (!"1.2".equals(primaryVersion) && !"1.3".equals(primaryVersion)) {
            throw new IllegalArgumentException("The API version (--api-version) must be 1.2 or 1.3, was " + primaryVersion + ".");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("The port (--port) must be between 0 and 65535, was " + port + ".");
        }
        if (uploadPort < 0 || uploadPort > 65535) {
            throw new IllegalArgumentException("The upload port (--upload-port) must be between 0 and 65535, was " + uploadPort + ".");
        }
        if (rateLimitPerMinute < 1) {
            throw new IllegalArgumentException("The rate limit (--rate-limit) must be at least 1 request per minute, was " + rateLimitPerMinute + ".");
        }
    }

    /** Without the key: a record would print it, and people reuse real keys as sandbox keys. */
    @Override
    public String toString() {
        return "SandboxConfig[bindAddress=" + bindAddress + ", port=" + port + ", apiKey=hidden, timeScale=" + timeScale
                + ", dataDir=" + dataDir + ", primaryVersion=" + primaryVersion + ", rateLimitPerMinute=" + rateLimitPerMinute
                + ", maxVideoBytes=" + maxVideoBytes + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout
                + ", schedule=" + schedule + ", faults=" + faults + ", uploadPort=" + uploadPort + ", assets=" + assets + ", guards=" + guards + "]";
    }

    public static SandboxConfig defaults() {
        return new SandboxConfig("127.0.0.1", 0, DEFAULT_API_KEY, 1.0, null, "1.3", 100_000,
                TWO_GIGABYTES, Duration.ofSeconds(10), Duration.ofSeconds(30), Schedule.DEFAULT, FaultPlan.none(), 0, AssetLimits.DEFAULT, null);
    }

    public SandboxConfig withBindAddress(String value) {
        return new SandboxConfig(value, port, apiKey, timeScale, dataDir, primaryVersion, rateLimitPerMinute, maxVideoBytes, connectTimeout, readTimeout, schedule, faults, uploadPort, assets, guards);
    }

    public SandboxConfig withPort(int value) {
        return new SandboxConfig(bindAddress, value, apiKey, timeScale, dataDir, primaryVersion, rateLimitPerMinute, maxVideoBytes, connectTimeout, readTimeout, schedule, faults, uploadPort, assets, guards);
    }

    public SandboxConfig withApiKey(String value) {
        return new SandboxConfig(bindAddress, port, value, timeScale, dataDir, primaryVersion, rateLimitPerMinute, maxVideoBytes, connectTimeout, readTimeout, schedule, faults, uploadPort, assets, guards);
    }

    public SandboxConfig withTimeScale(double value) {
        return new SandboxConfig(bindAddress, port, apiKey, value, dataDir, primaryVersion, rateLimitPerMinute, maxVideoBytes, connectTimeout, readTimeout, schedule, faults, uploadPort, assets, guards);
    }

    public SandboxConfig withDataDir(Path value) {
        return new SandboxConfig(bindAddress, port, apiKey, timeScale, value, primaryVersion, rateLimitPerMinute, maxVideoBytes, connectTimeout, readTimeout, schedule, faults, uploadPort, assets, guards);
    }

    public SandboxConfig withPrimaryVersion(String value) {
        return new SandboxConfig(bindAddress, port, apiKey, timeScale, dataDir, value, rateLimitPerMinute, maxVideoBytes, connectTimeout, readTimeout, schedule, faults, uploadPort, assets, guards);
    }

    public SandboxConfig withRateLimitPerMinute(int value) {
        return new SandboxConfig(bindAddress, port, apiKey, timeScale, dataDir, primaryVersion, value, maxVideoBytes, connectTimeout, readTimeout, schedule, faults, uploadPort, assets, guards);
    }

    public SandboxConfig withMaxVideoBytes(long value) {
        return new SandboxConfig(bindAddress, port, apiKey, timeScale, dataDir, primaryVersion, rateLimitPerMinute, value, connectTimeout, readTimeout, schedule, faults, uploadPort, assets, guards);
    }

    public SandboxConfig withTimeouts(Duration connect, Duration read) {
        return new SandboxConfig(bindAddress, port, apiKey, timeScale, dataDir, primaryVersion, rateLimitPerMinute, maxVideoBytes, connect, read, schedule, faults, uploadPort, assets, guards);
    }

    public SandboxConfig withSchedule(Schedule value) {
        return new SandboxConfig(bindAddress, port, apiKey, timeScale, dataDir, primaryVersion, rateLimitPerMinute, maxVideoBytes, connectTimeout, readTimeout, value, faults, uploadPort, assets, guards);
    }

    public SandboxConfig withFaults(FaultPlan value) {
        return new SandboxConfig(bindAddress, port, apiKey, timeScale, dataDir, primaryVersion, rateLimitPerMinute, maxVideoBytes, connectTimeout, readTimeout, schedule, value, uploadPort, assets, guards);
    }

    public SandboxConfig withUploadPort(int value) {
        return new SandboxConfig(bindAddress, port, apiKey, timeScale, dataDir, primaryVersion, rateLimitPerMinute, maxVideoBytes, connectTimeout, readTimeout, schedule, faults, value, assets, guards);
    }

    public SandboxConfig withGuards(SandboxGuards value) {
        return new SandboxConfig(bindAddress, port, apiKey, timeScale, dataDir, primaryVersion, rateLimitPerMinute, maxVideoBytes, connectTimeout, readTimeout, schedule, faults, uploadPort, assets, value);
    }

    /** The guards in force: those given, or the bind address's. */
    public SandboxGuards effectiveGuards() {
        if (guards != null) {
            return guards;
        }
        return Exposure.isLoopback(bindAddress) ? SandboxGuards.forLoopback() : SandboxGuards.forNetwork();
    }

    public SandboxConfig withAssets(AssetLimits value) {
        return new SandboxConfig(bindAddress, port, apiKey, timeScale, dataDir, primaryVersion, rateLimitPerMinute, maxVideoBytes, connectTimeout, readTimeout, schedule, faults, uploadPort, value, guards);
    }
}
