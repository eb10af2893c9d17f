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
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.NoHttpResponseException;

/**
 * What went wrong on the network, in words: a phrase ("the connection to x was refused") and
 * advice for a person. Also knows whether the request provably never left this machine.
 *
 * @param neverSent true when no byte of the request can have reached the server, so even a
 *     creating POST may be sent again
 */
record NetworkFailure(String phrase, String advice, boolean neverSent, boolean worthRetrying) {

    static NetworkFailure of(IOException e, URI origin, Duration connectTimeout, Duration responseTimeout) {
        String where = origin.getHost() + (origin.getPort() > 0 ? ":" + origin.getPort() : "");
        if (e instanceof UnknownHostException) {
            return new NetworkFailure("the host name \"" + origin.getHost() + "\" could not be found",
                    "Check the API URL and your internet connection.", true, false);
        }
        if (e instanceof ConnectTimeoutException) {
            return new NetworkFailure("connecting to " + where + " timed out after " + seconds(connectTimeout),
                    "Check your internet connection and the API URL.", true, true);
        }
        if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            return new NetworkFailure("the connection to " + where + " was refused",
                    "Check the API URL; if it points at this computer, make sure the server there is running.",
                    true, true);
        }
        if (e instanceof SSLException) {
            return new NetworkFailure("the secure (TLS) connection to " + where + " failed ("
                    + BodyDescription.quote(String.valueOf(e.getMessage())) + ")",
                    "ReelDrop always checks the server's certificate: check the API URL, and any proxy or "
                            + "antivirus that intercepts HTTPS.", false, false);
        }
        if (e instanceof SocketTimeoutException) {
            return new NetworkFailure("no answer came from " + where + " within " + seconds(responseTimeout),
                    "The API is slow or unreachable; try again later.", false, true);
        }
        if (e instanceof NoHttpResponseException) {
            return new NetworkFailure(where + " closed the connection without answering",
                    "Try again; if it keeps happening, the server or a proxy on the way is failing.", false, true);
        }
        if (e instanceof SocketException) {
            return new NetworkFailure("the connection to " + where + " broke ("
                    + BodyDescription.quote(String.valueOf(e.getMessage())) + ")",
                    "Try again; if it keeps happening, check your network.", false, true);
        }
        return new NetworkFailure("a network error occurred (" + e.getClass().getSimpleName() + ": "
                + BodyDescription.quote(String.valueOf(e.getMessage())) + ")",
                "Try again; if it keeps happening, check your network.", false, true);
    }

    static NetworkFailure deadline(Duration deadline) {
        return new NetworkFailure("it did not finish within " + seconds(deadline) + ", the limit for one call",
                "The API or the network is too slow right now; try again later.", false, false);
    }

    static NetworkFailure uploadStalled(Duration stallLimit) {
        return new NetworkFailure("the upload made no progress for " + seconds(stallLimit),
                "Check your network connection, then try again.", false, false);
    }

    static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}
