package io.reeldrop.api;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.MalformedChunkCodingException;
import org.apache.hc.core5.http.MessageConstraintException;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.TruncatedChunkException;

/**
 * What went wrong on the network, in words that name the host ("cannot reach api.example.com:
 * unknown host") and advice for a person. Also knows whether the request provably never left
 * this machine, and whether the failure is one of set-up (an untrusted certificate) that no
 * retry cures.
 *
 * @param neverSent true when no byte of the request can have reached the server, so even a
 *     creating POST may be sent again
 * @param configuration true when only a change of set-up helps (certificate, URL): such a
 *     failure is {@link ApiException.Kind#CONFIGURATION}, never tried again
 */
record NetworkFailure(String phrase, String advice, boolean neverSent, boolean worthRetrying, boolean configuration) {

    NetworkFailure(String phrase, String advice, boolean neverSent, boolean worthRetrying) {
        this(phrase, advice, neverSent, worthRetrying, false);
    }

    static NetworkFailure of(IOException e, URI origin, Duration connectTimeout, Duration responseTimeout) {
        String where = where(origin);
        if (e instanceof UnknownHostException) {
            return new NetworkFailure("cannot reach " + origin.getHost() + ": unknown host",
                    "Check the API URL and your internet connection.", true, false);
        }
        if (e instanceof ConnectTimeoutException) {
            return new NetworkFailure("cannot reach " + where + ": connecting timed out after " + seconds(connectTimeout),
                    "Check your internet connection and the API URL.", true, true);
        }
        if (e instanceof NoRouteToHostException) {
            return new NetworkFailure("cannot reach " + where + ": no route to the host",
                    "Check your network connection and the API URL.", true, true);
        }
        if (e instanceof ConnectException) {
            return new NetworkFailure("cannot reach " + where + ": the connection was refused",
                    "Check the API URL; if it points at this computer, make sure the server there is running.",
                    true, true);
        }
        if (e instanceof TlsHandshakeFailure handshake) {
            return untrusted(where, handshake.getCause());
        }
        if (e instanceof SSLException) {
            return new NetworkFailure("the secure connection to " + where + " broke ("
                    + BodyDescription.quote(String.valueOf(e.getMessage())) + ")",
                    "Try again; if it keeps happening, a proxy or antivirus may be intercepting HTTPS.", false, true);
        }
        if (e instanceof SocketTimeoutException) {
            return new NetworkFailure("no answer came from " + where + " within " + seconds(responseTimeout),
                    "The API is slow or unreachable; try again later.", false, true);
        }
        if (e instanceof NoHttpResponseException) {
            return new NetworkFailure(where + " closed the connection without answering",
                    "Try again; if it keeps happening, the server or a proxy on the way is failing.", false, true);
        }
        if (e instanceof ConnectionClosedException || e instanceof TruncatedChunkException) {
            return new NetworkFailure("the answer from " + where + " broke off before its end",
                    "Try again; if it keeps happening, the server or a proxy on the way is failing.", false, true);
        }
        if (e instanceof MalformedChunkCodingException) {
            return new NetworkFailure(where + " sent a malformed answer ("
                    + BodyDescription.quote(String.valueOf(e.getMessage())) + ")",
                    "Try again; if it keeps happening, a proxy on the way is interfering.", false, true);
        }
        if (e instanceof MessageConstraintException) {
            return new NetworkFailure(where + " sent headers beyond ReelDrop's limits ("
                    + BodyDescription.quote(String.valueOf(e.getMessage())) + ")",
                    "Check the API URL; if it is right, a proxy on the way is interfering.", false, true);
        }
        if (e instanceof SocketException) {
            return new NetworkFailure("the connection to " + where + " broke ("
                    + BodyDescription.quote(String.valueOf(e.getMessage())) + ")",
                    "Try again; if it keeps happening, check your network.", false, true);
        }
        return new NetworkFailure("a network error occurred with " + where + " (" + e.getClass().getSimpleName() + ": "
                + BodyDescription.quote(String.valueOf(e.getMessage())) + ")",
                "Try again; if it keeps happening, check your network.", false, true);
    }

    /**
     * The TLS handshake failed, so the request never left: a matter of set-up (a proxy or
     * antivirus that intercepts HTTPS, a wrong URL, a wrong clock), which retrying cannot cure.
     */
    private static NetworkFailure untrusted(String where, Throwable cause) {
        String detail = BodyDescription.quote(String.valueOf(cause == null ? null : cause.getMessage()));
        String what = cause instanceof SSLPeerUnverifiedException ? "the server's certificate is not for this name"
                : detail.contains("PKIX") || detail.toLowerCase(Locale.ROOT).contains("certificate")
                ? "the server's certificate is not trusted" : "the secure (TLS) handshake failed";
        return new NetworkFailure("cannot reach " + where + " securely: " + what + " (" + detail + ")",
                "ReelDrop always checks the server's certificate and did not send the request: check the API URL, "
                        + "the computer's date and time, and any proxy or antivirus that intercepts HTTPS.",
                true, false, true);
    }

    static NetworkFailure deadline(URI origin, Duration deadline) {
        return new NetworkFailure("no complete answer came from " + where(origin) + " within " + seconds(deadline)
                + ", the limit for one call", "The API or the network is too slow right now; try again later.",
                false, false);
    }

    static NetworkFailure uploadStalled(URI origin, Duration stallLimit) {
        return new NetworkFailure("the upload to " + where(origin) + " moved too slowly or not at all for "
                + seconds(stallLimit), "Check your network connection, then try again.", false, false);
    }

    /** {@code host} or {@code host:port}, as a person would name the server. */
    static String where(URI origin) {
        return origin.getHost() + (origin.getPort() > 0 ? ":" + origin.getPort() : "");
    }

    static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}
