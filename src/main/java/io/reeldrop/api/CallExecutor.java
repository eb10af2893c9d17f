package io.reeldrop.api;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one API call to the end: attempts, waits between them, the call deadline, same-origin
 * redirects, and the choice of failure. A call that creates ({@code POST /tasks}, {@code /assets},
 * {@code /assets/multipart-uploads}, {@code .../indexed-assets}) is sent again only when the
 * request provably never left this machine.
 */
final class CallExecutor {

    /** Parses a 2xx answer. */
    @FunctionalInterface
    interface Parser<T> {
        T parse(HttpAnswer answer) throws UnreadableAnswer;
    }

    private static final Logger LOG = LoggerFactory.getLogger(CallExecutor.class);
    private static final int MAX_REDIRECTS = 5;

    private final CloseableHttpClient http;
    private final ApiConfig config;
    private final RequestFactory requests;
    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final ScheduledExecutorService timer;
    private final Failures failures;
    private final AtomicReference<RateLimit> lastRateLimit;

    CallExecutor(CloseableHttpClient http, ApiConfig config, RequestFactory requests, RetryPolicy policy,
                 Sleeper sleeper, ScheduledExecutorService timer, AtomicReference<RateLimit> lastRateLimit) {
        this.http = http;
        this.config = config;
        this.requests = requests;
        this.policy = policy;
        this.sleeper = sleeper;
        this.timer = timer;
        this.failures = new Failures(config.apiKey(), config.baseUrl());
        this.lastRateLimit = lastRateLimit;
    }

    /**
     * @param newRequest builds a fresh request per attempt
     * @param created what the call creates, so it must not be repeated blindly; {@link Creates#NOTHING} else
     */
    <T> T run(Supplier<HttpUriRequestBase> newRequest, Creates created, Parser<T> parser) {
        boolean creates = created.anything();
        long deadline = System.nanoTime() + config.callDeadline().toNanos();
        HttpUriRequestBase request = newRequest.get();
        int redirects = 0;
        for (int attempt = 1; ; attempt++) {
            if (timer.isShutdown()) {
                // Checked per attempt, so a retry after close() fails the same way; otherwise the
                // deadline guard's schedule() throws a bare RejectedExecutionException.
                throw new IllegalStateException("This TwelveLabsClient is closed; create a new one to call the API.");
            }
            String display = RequestFactory.display(request);
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                throw failures.network(display, attempt - 1, NetworkFailure.deadline(config.baseUrl(),
                        config.callDeadline()), null);
            }
            // The socket keeps the full response timeout: the guard enforces the deadline, and an
            // upload that outlives the deadline while moving still deserves its answer.
            Duration left = Duration.ofNanos(remaining);
            HttpAnswer answer = null;
            IOException failure = null;
            boolean deadlineHit;
            boolean stalled;
            try (DeadlineGuard guard = new DeadlineGuard(timer, request, left, config.responseTimeout())) {
                try {
                    answer = exchange(request);
                } catch (IOException e) {
                    failure = e;
                }
                deadlineHit = guard.fired();
                stalled = guard.stalledUpload();
            }
            ApiException last;
            if (failure != null) {
                NetworkFailure nf = stalled ? NetworkFailure.uploadStalled(config.baseUrl(), config.responseTimeout())
                        : deadlineHit ? NetworkFailure.deadline(config.baseUrl(), config.callDeadline())
                        : NetworkFailure.of(failure, config.baseUrl(), config.connectTimeout(), config.responseTimeout());
                if (creates && !nf.neverSent()) {
                    throw failures.outcomeUnknown(display, created, nf.phrase(), 0, failure);
                }
                last = failures.network(display, attempt, nf, failure);
                LOG.debug("{} attempt {} failed: {}", display, attempt, nf.phrase());
                if (!nf.worthRetrying() || deadlineHit) {
                    throw last;
                }
            } else {
                if (answer.rateLimit() != null) {
                    lastRateLimit.set(answer.rateLimit());
                }
                LOG.debug("{} attempt {} answered HTTP {}", display, attempt, answer.status());
                if (answer.isSuccess()) {
                    return parse(display, answer, created, parser);
                }
                if (answer.isRedirect()) {
                    URI target = redirectTarget(request, answer);
                    if (target == null || !requests.isConfiguredOrigin(target)) {
                        throw failures.redirectRefused(display, answer, target == null
                                ? String.valueOf(answer.header("Location")) : origin(target));
                    }
                    if (creates) {
                        throw failures.httpError(display, attempt, answer);
                    }
                    if (++redirects > MAX_REDIRECTS) {
                        throw failures.tooManyRedirects(display, answer, MAX_REDIRECTS);
                    }
                    request = requests.redirected(request, target);
                    attempt--;
                    continue;
                }
                if (creates) {
                    if (answer.status() >= 500 || answer.status() == 408) {
                        throw failures.outcomeUnknown(display, created, failures.where() + " answered HTTP "
                                + answer.status(), answer.status(), null);
                    }
                    throw failures.httpError(display, 1, answer);
                }
                last = failures.httpError(display, attempt, answer);
                if (!RetryPolicy.isRetryableStatus(answer.status())) {
                    throw last;
                }
            }
            if (attempt >= config.maxAttempts()) {
                throw last;
            }
            Duration wait = policy.delayAfter(attempt, answer, Instant.now());
            // Compared as Durations: a server's Retry-After of centuries would overflow toNanos().
            if (wait.compareTo(Duration.ofNanos(deadline - System.nanoTime())) >= 0) {
                LOG.info("{} failed and the next try would pass the call deadline; giving up", display);
                throw last;
            }
            LOG.info("{} failed ({}); try {} of {} in {} ms", display,
                    answer == null ? "network" : "HTTP " + answer.status(), attempt + 1, config.maxAttempts(),
                    wait.toMillis());
            pause(wait, display, attempt);
            request = newRequest.get();
        }
    }

    /** Sends one request and reads its answer; the connection goes back to the pool when read to the end. */
    private HttpAnswer exchange(HttpUriRequestBase request) throws IOException {
        ClassicHttpResponse response = http.executeOpen(null, request, null);
        try {
            return HttpAnswer.read(response, request::cancel).hiding(Failures.secret(config.apiKey()));
        } finally {
            response.close();
        }
    }

    private <T> T parse(String display, HttpAnswer answer, Creates created, Parser<T> parser) {
        try {
            return parser.parse(answer);
        } catch (UnreadableAnswer e) {
            if (created.anything()) {
                throw failures.outcomeUnknown(display, created, failures.where() + " answered HTTP "
                        + answer.status() + " but " + e.getMessage(), answer.status(), null);
            }
            throw failures.unreadable(display, answer, e);
        }
    }

    private void pause(Duration wait, String display, int attempt) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failures.network(display, attempt, new NetworkFailure("it was interrupted while waiting to try again",
                    "The call was cancelled.", false, false), e);
        }
    }

    private static URI redirectTarget(HttpUriRequestBase request, HttpAnswer answer) {
        try {
            return request.getUri().resolve(answer.header("Location").strip());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() >= 0 ? ":" + uri.getPort() : "");
    }
}
