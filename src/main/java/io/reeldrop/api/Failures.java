package io.reeldrop.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Builds every {@link ApiException} the client throws, so the sentences share one shape:
 * {@code <request> failed[ after N attempts]: <what happened>. <what to do>}, naming the server
 * ({@code from api.twelvelabs.io}). Anything the server said passes through {@link #hide} first
 * and is cut to one printable line only then, so neither an echoed API key (whole or in part)
 * nor a control character reaches a message.
 */
final class Failures {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    private static final int LINE_LIMIT = 300;

    private final ApiKey key;
    private final String where;

    /** @param origin the API's address, named in the sentences */
    Failures(ApiKey key, URI origin) {
        this.key = key;
        this.where = NetworkFailure.where(origin);
    }

    /** The server as the sentences name it: {@code host} or {@code host:port}. */
    String where() {
        return where;
    }

    ApiException network(String request, int attempts, NetworkFailure failure, Throwable cause) {
        String message = request + " failed" + after(attempts) + ": " + failure.phrase() + ". " + failure.advice();
        return new ApiException(kindOf(failure), hide(message), 0, null, null, null, request, cause);
    }

    static ApiException.Kind kindOf(NetworkFailure failure) {
        return failure.configuration() ? ApiException.Kind.CONFIGURATION : ApiException.Kind.NETWORK;
    }

    ApiException tooManyRedirects(String request, HttpAnswer answer, int redirects) {
        String message = request + " was redirected more than " + redirects + " times by " + where + " (last HTTP "
                + answer.status() + " to " + oneLine(String.valueOf(answer.header("Location")))
                + "). Check the API URL in the settings.";
        return new ApiException(ApiException.Kind.API_ERROR, hide(message), answer.status(), null, null, null,
                request, null);
    }

    ApiException outcomeUnknown(String request, Creates what, String whatHappened, int status, Throwable cause) {
        String message = request + " may or may not have created " + what.thing() + ": " + whatHappened
                + ". ReelDrop did not send it again, so no duplicate was made; " + what.reconcile() + ".";
        return new ApiException(ApiException.Kind.OUTCOME_UNKNOWN, hide(message), status, null, null, null,
                request, cause);
    }

    ApiException unreadable(String request, HttpAnswer answer, UnreadableAnswer reason) {
        String message = request + " returned an answer ReelDrop cannot read (HTTP " + answer.status() + " from "
                + where + "): "
                + reason.getMessage() + ". Try again; if it keeps happening, the API may have changed or a "
                + "proxy is interfering.";
        return new ApiException(ApiException.Kind.INVALID_RESPONSE, hide(message), answer.status(), null, null,
                null, request, null);
    }

    /** An error status (4xx, 5xx, or a redirect not followed), with the API's code and message. */
    ApiException httpError(String request, int attempts, HttpAnswer answer) {
        String code = null;
        String apiMessage = null;
        String docsUrl = null;
        String reason;
        try {
            JsonNode body = BodyDescription.object(answer);
            code = text(body, "code");
            apiMessage = text(body, "message");
            docsUrl = text(body, "docs_url");
            reason = apiMessage != null ? stripPeriod(oneLine(apiMessage))
                    : code != null ? "the API gave no message" : "the body has no error code or message";
        } catch (UnreadableAnswer e) {
            reason = e.getMessage();
        }
        String message = request + " failed" + after(attempts) + " with HTTP " + answer.status()
                + (code == null ? "" : " (" + oneLine(code) + ")") + " from " + where + ": " + reason + ". "
                + advice(answer)
                + (docsUrl == null ? "" : " See " + oneLine(docsUrl) + ".");
        return new ApiException(ApiException.Kind.API_ERROR, hide(message), answer.status(), hideOrNull(code),
                hideOrNull(apiMessage), hideOrNull(docsUrl), request, null);
    }

    ApiException redirectRefused(String request, HttpAnswer answer, String target) {
        String message = request + " was redirected (HTTP " + answer.status() + ") to another site, "
                + oneLine(target) + "; ReelDrop did not follow, so your API key was not sent there. "
                + "Check the API URL in the settings.";
        return new ApiException(ApiException.Kind.API_ERROR, hide(message), answer.status(), null, null, null,
                request, null);
    }

    private static String advice(HttpAnswer answer) {
        int status = answer.status();
        if (status == 401) {
            return "Check the API key in the settings: it is wrong or has expired.";
        }
        if (status == 403) {
            return "This API key may not do this; check the key and your plan.";
        }
        if (status == 404) {
            return "Check the ID and the API URL: the item does not exist, was deleted, or belongs to another account.";
        }
        if (status == 408) {
            return "The server gave up waiting for the request; try again.";
        }
        if (status == 413) {
            return "The upload is too large for the API (2 GB at most).";
        }
        if (status == 429) {
            RateLimit limit = answer.rateLimit();
            return limit != null && limit.reset() != null
                    ? "You reached the API's rate limit; it resets at " + CLOCK.format(limit.reset()) + "."
                    : "You reached the API's rate limit; wait a minute and try again.";
        }
        if (status >= 500) {
            return "The service, or a proxy on the way, is having trouble; try again in a few minutes.";
        }
        if (status >= 300 && status < 400) {
            return "Check the API URL in the settings.";
        }
        return "Check the values sent.";
    }

    private static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        return v.isValueNode() ? v.asText() : v.toString();
    }

    private static String after(int attempts) {
        return attempts > 1 ? " after " + attempts + " attempts" : "";
    }

    private static String stripPeriod(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** Server text for a sentence: the key hidden first, then one printable line, then cut. */
    private String oneLine(String s) {
        return Printable.cut(hide(s), LINE_LIMIT);
    }

    private String hideOrNull(String text) {
        return text == null ? null : hide(text);
    }

    /**
     * Replaces every occurrence of the API key with {@code [hidden]}. Keys shorter than
     * {@link LogRedaction#MIN_SECRET_LENGTH} are placeholders of tests ("k"), not secrets, and
     * blanking every such letter would make the sentence unreadable.
     */
    String hide(String text) {
        String secret = secret(key);
        return secret == null ? text : text.replace(secret, HttpAnswer.HIDDEN);
    }

    /** The key as text to hide, or null for a placeholder too short to be a secret. */
    static String secret(ApiKey key) {
        String secret = key.reveal();
        return secret.length() < LogRedaction.MIN_SECRET_LENGTH ? null : secret;
    }
}
