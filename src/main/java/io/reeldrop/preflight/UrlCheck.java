package io.reeldrop.preflight;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.impl.EnglishReasonPhraseCatalog;

/**
 * The pre-flight of a link: follow http(s) redirects, then one ranged GET of the first bytes
 * answers the status, the content type and the size; then the bytes go to FFmpeg
 * ({@link PrefixJudge}). A GET rather than a HEAD: the service fetches with GET, and HEAD is
 * where servers differ from it (object stores that sign URLs for GET refuse HEAD with 403;
 * some servers give a HEAD a wrong or no length), while a ranged GET's {@code Content-Range}
 * states the real total.
 */
final class UrlCheck {

    private final LinkFetcher fetcher;
    private final Bounds bounds;
    private final PrefixJudge judge;

    UrlCheck(LinkFetcher fetcher, Bounds bounds, PrefixJudge judge) {
        this.fetcher = fetcher;
        this.bounds = bounds;
        this.judge = judge;
    }

    Verdict check(URI url, Limits limits) {
        String name = Wording.link(url);
        if (!isWeb(url.getScheme())) {
            return Verdict.of(Reason.NOT_HTTP, name + " is not an http or https link. Twelve Labs downloads videos over"
                    + " http(s) only; give a web link to the file, or upload the file itself.", Found.NOTHING);
        }
        if (url.getHost() == null || url.getHost().isBlank()) {
            return Verdict.of(Reason.NOT_HTTP, name + " has no host name. Check the link, e.g."
                    + " https://example.com/video.mp4.", Found.NOTHING);
        }
        if (url.getRawUserInfo() != null) {
            return Verdict.of(Reason.CREDENTIALS_IN_LINK, "The link to " + url.getHost() + " contains a user name or"
                    + " password. Remove it (it would be sent to Twelve Labs and kept in the history); use a link that"
                    + " works without one, such as a signed URL.", Found.NOTHING);
        }
        Deadline deadline = Deadline.after(bounds.total());
        try {
            return follow(url, name, limits, deadline);
        } catch (Deadline.Passed e) {
            return Verdict.of(Reason.TIMED_OUT, name + " could not be checked within " + seconds(bounds.total())
                    + ", so it was not checked before sending.", Found.NOTHING);
        } catch (ConnectTimeoutException e) {
            return Verdict.of(Reason.TIMED_OUT, name + " could not be connected to within "
                    + seconds(bounds.connectTimeout()) + ", so it was not checked before sending.", Found.NOTHING);
        } catch (InterruptedIOException e) {
            return Verdict.of(Reason.TIMED_OUT, name + " did not answer within " + seconds(bounds.readTimeout())
                    + ", so it was not checked before sending.", Found.NOTHING);
        } catch (IOException e) {
            String what = e instanceof ConnectException || e instanceof UnknownHostException
                    || e instanceof NoRouteToHostException ? " could not be reached (" : " could not be read (";
            return Verdict.of(Reason.UNREACHABLE, name + what + describe(e) + "), so it was not checked before sending;"
                    + " the service may still reach it.", Found.NOTHING);
        }
    }

    private Verdict follow(URI url, String name, Limits limits, Deadline deadline) throws IOException {
        URI current = url;
        for (int hops = 0; ; hops++) {
            ClassicHttpResponse answer = fetcher.get(current, 0, bounds.firstBytes() - 1, deadline);
            int code = answer.getCode();
            if (!isRedirect(code)) {
                return answered(name, current, answer, limits, deadline);
            }
            Header location = answer.getFirstHeader(HttpHeaders.LOCATION);
            LinkFetcher.discard(answer);
            if (location == null || location.getValue().isBlank()) {
                return Verdict.of(Reason.BAD_REDIRECT, name + " answered " + status(answer) + " without saying where to."
                        + " Give the final link to the file.", Found.NOTHING);
            }
            URI next;
            try {
                next = current.resolve(new URI(location.getValue().strip()));
            } catch (URISyntaxException | IllegalArgumentException e) {
                return Verdict.of(Reason.BAD_REDIRECT, name + " redirects to \"" + location.getValue().strip()
                        + "\", which is not a valid link. Give the final link to the file.", Found.NOTHING);
            }
            if (!isWeb(next.getScheme()) || next.getHost() == null) {
                String scheme = next.getScheme() == null ? "a relative" : "a " + next.getScheme() + ":";
                return Verdict.of(Reason.BAD_REDIRECT, name + " redirects to " + scheme + " link, which cannot be"
                        + " downloaded over the web. Give a direct http(s) link to the video.", Found.NOTHING);
            }
            if (hops == bounds.maxRedirects()) {
                return Verdict.of(Reason.TOO_MANY_REDIRECTS, name + " redirects more than " + bounds.maxRedirects()
                        + " times, so it was not followed to the end and not checked before sending. Give the final"
                        + " link to the file if you know it.", Found.NOTHING);
            }
            current = next;
        }
    }

    private Verdict answered(String name, URI at, ClassicHttpResponse answer, Limits limits, Deadline deadline)
            throws IOException {
        int code = answer.getCode();
        if (code >= 200 && code < 300 && code != 204) {
            try (RemotePrefix prefix = new RemotePrefix(fetcher, at, answer, deadline, bounds.maxBytes())) {
                return judge.judge(name, prefix, limits);
            }
        }
        try {
            return byStatus(name, answer, code);
        } finally {
            LinkFetcher.discard(answer);
        }
    }

    private static Verdict byStatus(String name, ClassicHttpResponse answer, int code) {
        String status = status(answer);
        if (code == 404 || code == 410) {
            return Verdict.of(Reason.NOT_FOUND, name + " answered " + status + ". Check the link; it must point at the"
                    + " video file itself.", Found.NOTHING);
        }
        if (code == 401 || code == 403) {
            return Verdict.of(Reason.ACCESS_DENIED, name + " answered " + status + ": the file is private or the link"
                    + " has expired. Give a link that opens without logging in, such as a fresh signed URL.", Found.NOTHING);
        }
        long[] range = RemotePrefix.contentRange(answer);
        if (code == 204 || (code == 416 && range != null && range[2] == 0)) {
            return Sentences.empty(name, new Found(0, null, null, 0));
        }
        if (code >= 400 && code < 500 && code != 408 && code != 429 && code != 416) {
            return Verdict.of(Reason.CLIENT_ERROR, name + " answered " + status + ". Check that the link opens the"
                    + " video file in a browser without logging in.", Found.NOTHING);
        }
        return Verdict.of(Reason.SERVER_TROUBLE, name + " answered " + status + ", so it was not checked before sending;"
                + " the service may get the same answer.", Found.NOTHING);
    }

    private static String status(ClassicHttpResponse answer) {
        String phrase = answer.getReasonPhrase();
        if (phrase == null || phrase.isBlank()) {
            phrase = EnglishReasonPhraseCatalog.INSTANCE.getReason(answer.getCode(), Locale.ENGLISH);
        }
        return phrase == null ? Integer.toString(answer.getCode()) : answer.getCode() + " " + phrase;
    }

    private static boolean isRedirect(int code) {
        return code == 301 || code == 302 || code == 303 || code == 307 || code == 308;
    }

    static boolean isWeb(String scheme) {
        String lower = scheme == null ? "" : scheme.toLowerCase(Locale.ROOT);
        return lower.equals("http") || lower.equals("https");
    }

    private static String describe(IOException e) {
        if (e instanceof UnknownHostException) {
            return "unknown host " + e.getMessage();
        }
        String message = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        return e instanceof SSLException ? "TLS: " + message : message;
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
