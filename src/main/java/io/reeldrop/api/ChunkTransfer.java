package io.reeldrop.api;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.hc.client5.http.classic.methods.HttpPut;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one chunk to its presigned URL, on the chunk's own terms: a PUT of the same bytes to the
 * same URL is idempotent, so network trouble and 5xx answers are tried again with backoff within
 * the call deadline, while a refused URL is an outcome ({@link ChunkPutResult.UrlRefused}) for
 * the caller to cure with a fresh one. The request carries no API key: it is built here without
 * one, and {@link HttpTransport} strips the key header from anything bound for another origin.
 */
final class ChunkTransfer {

    private static final Logger LOG = LoggerFactory.getLogger(ChunkTransfer.class);
    /** Headers the transport owns; an {@code upload_headers} entry may not set them. */
    private static final Set<String> OWNED_HEADERS = Set.of("host", "content-length", "transfer-encoding",
            "connection", "expect", "upgrade", "te", "trailer", "keep-alive", RequestFactory.KEY_HEADER);

    private final CloseableHttpClient http;
    private final ApiConfig config;
    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final ScheduledExecutorService timer;
    private final ChunkFailures failures;

    ChunkTransfer(CloseableHttpClient http, ApiConfig config, RetryPolicy policy, Sleeper sleeper,
                  ScheduledExecutorService timer) {
        this.http = http;
        this.config = config;
        this.policy = policy;
        this.sleeper = sleeper;
        this.timer = timer;
        this.failures = new ChunkFailures(new Failures(config.apiKey(), config.baseUrl()));
    }

    ChunkPutResult put(ChunkUrl url, FileChannel file, long offset, long length, Map<String, String> uploadHeaders,
                       UploadProgress progress) {
        long deadline = System.nanoTime() + config.callDeadline().toNanos();
        URI origin = URI.create(url.url().getScheme() + "://" + url.url().getRawAuthority());
        for (int attempt = 1; ; attempt++) {
            if (timer.isShutdown()) {
                throw new IllegalStateException("This TwelveLabsClient is closed; create a new one to upload.");
            }
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                throw failures.network(url, attempt - 1, NetworkFailure.deadline(origin, config.callDeadline()), false,
                        null);
            }
            HttpPut put = request(url, file, offset, length, uploadHeaders, progress);
            HttpAnswer answer = null;
            IOException failure = null;
            boolean deadlineHit;
            boolean stalled;
            try (DeadlineGuard guard = new DeadlineGuard(timer, put, Duration.ofNanos(remaining), config.responseTimeout())) {
                try {
                    answer = exchange(put);
                } catch (FileRegionEntity.FileShrunk e) {
                    throw new IllegalStateException("The file changed while it was being uploaded: " + e.getMessage()
                            + ". Leave the file as it is until the upload is done, then upload it again.", e);
                } catch (IOException e) {
                    failure = e;
                }
                deadlineHit = guard.fired();
                stalled = guard.stalledUpload();
            }
            ApiException last;
            if (failure != null) {
                NetworkFailure nf = stalled ? NetworkFailure.uploadStalled(origin, config.responseTimeout())
                        : deadlineHit ? NetworkFailure.deadline(origin, config.callDeadline())
                        : NetworkFailure.of(failure, origin, config.connectTimeout(), config.responseTimeout());
                last = failures.network(url, attempt, nf, !stalled && !deadlineHit, failure);
                if (!nf.worthRetrying() || deadlineHit) {
                    throw last;
                }
            } else {
                ChunkPutResult result = outcome(url, length, answer, attempt);
                if (result != null) {
                    return result;
                }
                last = failures.httpError(url, attempt, StoreAnswer.of(answer));
            }
            if (attempt >= config.maxAttempts()) {
                throw last;
            }
            Duration wait = policy.delayAfter(attempt, answer, Instant.now());
            if (wait.compareTo(Duration.ofNanos(deadline - System.nanoTime())) >= 0) {
                throw last;
            }
            LOG.info("{} failed ({}); try {} of {} in {} ms", ChunkFailures.display(url),
                    answer == null ? "network" : "HTTP " + answer.status(), attempt + 1, config.maxAttempts(),
                    wait.toMillis());
            pause(wait, url, attempt, last);
        }
    }

    /** The result of an answer, or null when the same URL is worth another try. */
    private ChunkPutResult outcome(ChunkUrl url, long length, HttpAnswer answer, int attempt) {
        if (answer.isSuccess()) {
            String etag = unquoted(answer.header("ETag"));
            if (etag == null) {
                throw failures.noEtag(url, answer);
            }
            return new ChunkPutResult.Stored(new CompletedChunk(url.chunkIndex(), etag, length));
        }
        if (answer.status() >= 300 && answer.status() < 400) {
            throw failures.redirected(url, answer);
        }
        StoreAnswer store = StoreAnswer.of(answer);
        if (store.urlRefused()) {
            LOG.info("{}: URL refused ({})", ChunkFailures.display(url), store.describe());
            return new ChunkPutResult.UrlRefused(url.chunkIndex(), answer.status(), store.code(),
                    ChunkFailures.refusal(url, store));
        }
        if (!store.worthRetrying()) {
            throw failures.httpError(url, attempt, store);
        }
        return null;
    }

    private HttpPut request(ChunkUrl url, FileChannel file, long offset, long length, Map<String, String> uploadHeaders,
                            UploadProgress progress) {
        HttpPut put = new HttpPut(url.url());
        ContentType type = ContentType.APPLICATION_OCTET_STREAM;
        for (Map.Entry<String, String> h : uploadHeaders.entrySet()) {
            String name = h.getKey().strip().toLowerCase(Locale.ROOT);
            if (name.equals("content-type")) {
                ContentType told = ContentType.parseLenient(h.getValue());
                type = told != null ? told : type;
            } else if (!OWNED_HEADERS.contains(name) && !name.isEmpty()) {
                put.addHeader(h.getKey().strip(), h.getValue());
            }
        }
        put.setEntity(new ProgressEntity(new FileRegionEntity(file, offset, length, type), progress));
        // An expired or used URL is then refused before the chunk goes out, not after.
        put.setConfig(HttpTransport.requestConfig(config, true));
        return put;
    }

    private HttpAnswer exchange(HttpPut put) throws IOException {
        ClassicHttpResponse response = http.executeOpen(null, put, null);
        try {
            return HttpAnswer.read(response, put::cancel).hiding(Failures.secret(config.apiKey()));
        } finally {
            response.close();
        }
    }

    /** {@code "abc"} and {@code W/"abc"} read as {@code abc}, as the vendor's SDKs report it; blank is none. */
    static String unquoted(String etag) {
        if (etag == null) {
            return null;
        }
        String s = etag.strip();
        if (s.startsWith("W/")) {
            s = s.substring(2);
        }
        s = s.replace("\"", "").strip();
        return s.isEmpty() ? null : s;
    }

    private void pause(Duration wait, ChunkUrl url, int attempt, ApiException last) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failures.network(url, attempt, new NetworkFailure("it was interrupted while waiting to try again",
                    "The upload was cancelled.", false, false), false, last);
        }
    }
}
