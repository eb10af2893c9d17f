package io.reeldrop.api;

/**
 * The sentences of a chunk PUT that failed. They name the chunk and the store's address without
 * the URL's query, whose signature grants the upload to whoever holds it.
 */
final class ChunkFailures {

    private final Failures failures;

    ChunkFailures(Failures failures) {
        this.failures = failures;
    }

    static String display(ChunkUrl url) {
        return "PUT of chunk " + url.chunkIndex() + " to " + url.display();
    }

    /**
     * @param atSocket true when the failure came from the connection itself, whose generic advice
     *     speaks of the API URL; the storage's address came from the API, so other advice fits
     */
    ApiException network(ChunkUrl url, int attempts, NetworkFailure failure, boolean atSocket, Throwable cause) {
        String request = display(url);
        String advice = atSocket && !failure.configuration() ? "The storage the API sent this chunk to could not be "
                + "reached; check your network and try the upload again: chunks already stored are not sent twice."
                : failure.advice();
        String message = request + " failed" + after(attempts) + ": " + failure.phrase() + ". " + advice;
        return new ApiException(Failures.kindOf(failure), failures.hide(message), 0, null, null, null, request, cause);
    }

    ApiException httpError(ChunkUrl url, int attempts, StoreAnswer answer) {
        String request = display(url);
        String advice = answer.worthRetrying()
                ? "The storage is having trouble; try the upload again in a few minutes: chunks already stored are not sent twice."
                : "The storage refused the chunk itself; try the upload again, and if it keeps happening, report it with this message.";
        String message = request + " failed" + after(attempts) + " with " + answer.describe() + ". " + advice;
        return new ApiException(ApiException.Kind.API_ERROR, failures.hide(message), answer.status(),
                answer.code() == null ? null : failures.hide(answer.code()),
                answer.message() == null ? null : failures.hide(answer.message()), null, request, null);
    }

    ApiException redirected(ChunkUrl url, HttpAnswer answer) {
        String request = display(url);
        String message = request + " was redirected (HTTP " + answer.status() + "); ReelDrop does not follow redirects "
                + "of chunk uploads. Try the upload again; if it keeps happening, report it with this message.";
        return new ApiException(ApiException.Kind.API_ERROR, failures.hide(message), answer.status(), null, null, null,
                request, null);
    }

    ApiException noEtag(ChunkUrl url, HttpAnswer answer) {
        String request = display(url);
        String message = request + " was answered HTTP " + answer.status() + " without an ETag, the proof the API "
                + "needs for each chunk. Try the upload again; if it keeps happening, a proxy on the way may be "
                + "removing the header.";
        return new ApiException(ApiException.Kind.INVALID_RESPONSE, failures.hide(message), answer.status(), null,
                null, null, request, null);
    }

    /** The reason carried by a {@link ChunkPutResult.UrlRefused}. */
    static String refusal(ChunkUrl url, StoreAnswer answer) {
        return "The storage refused the upload URL of chunk " + url.chunkIndex() + " (" + answer.describe()
                + "): it has expired or was used already; a fresh URL from the API is needed to send the chunk again.";
    }

    private static String after(int attempts) {
        return attempts > 1 ? " after " + attempts + " attempts" : "";
    }
}
