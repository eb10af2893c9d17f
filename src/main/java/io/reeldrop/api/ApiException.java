package io.reeldrop.api;

/**
 * Every failure of a call to the API. {@link #getMessage()} is a sentence for a person: what
 * happened and what to do. It never contains the API key.
 */
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of failure, so callers can decide what to do without parsing messages. */
    public enum Kind {
        /** The server answered with an error status (4xx, 5xx). */
        API_ERROR,
        /** No answer: refused, unknown host, timeout, a connection that broke. */
        NETWORK,
        /**
         * Not sent, and no retry will help until the set-up changes: the server's certificate is
         * not trusted (a TLS handshake failure), or the key would travel over plain http.
         */
        CONFIGURATION,
        /** A creating POST may or may not have reached the server; reconcile before retrying. */
        OUTCOME_UNKNOWN,
        /** The server answered 2xx with a body that is not the JSON the API documents. */
        INVALID_RESPONSE
    }

    private final Kind kind;
    private final int httpStatus;
    private final String code;
    private final String apiMessage;
    private final String docsUrl;
    private final String request;

    /**
     * @param httpStatus 0 when there was no HTTP answer
     * @param request the failed request as {@code METHOD /path?query}, without the key
     */
    public ApiException(Kind kind, String message, int httpStatus, String code, String apiMessage,
                        String docsUrl, String request, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.httpStatus = httpStatus;
        this.code = code;
        this.apiMessage = apiMessage;
        this.docsUrl = docsUrl;
        this.request = request;
    }

    public Kind kind() {
        return kind;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** The API's error {@code code}, e.g. {@code parameter_invalid}; null when none was sent. */
    public String code() {
        return code;
    }

    /** The API's own {@code message}, unchanged; null when none was sent. */
    public String apiMessage() {
        return apiMessage;
    }

    public String docsUrl() {
        return docsUrl;
    }

    public String request() {
        return request;
    }

    /**
     * True for failures that may pass by themselves: network trouble, 408, 429, 5xx. Never for
     * {@link Kind#CONFIGURATION}: a certificate does not become trusted by waiting.
     */
    public boolean isTransient() {
        return kind == Kind.NETWORK || httpStatus == 408 || httpStatus == 429 || httpStatus >= 500;
    }
}
