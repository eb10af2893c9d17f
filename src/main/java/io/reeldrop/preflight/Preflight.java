package io.reeldrop.preflight;

import io.reeldrop.media.MediaProber;
import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Checks a video before any byte of it leaves, and before any quota is spent: a local file
 * against its flow's size limit and, probed with FFmpeg, the documented picture and duration
 * requirements; a link with one cheap ranged GET (status, content type, size) and FFmpeg on
 * its first bytes where the container allows. Each check answers a {@link Verdict}: OK,
 * REFUSED or INCONCLUSIVE, with one sentence for a person.
 *
 * <p>Thread-safe; the engine calls it from its own workers, and it starts no threads. Calls
 * block: a file for as long as FFmpeg reads its header (milliseconds), a link for at most
 * {@link Bounds#total()} plus one read's wait. Sends no API key anywhere: it has none.
 */
public final class Preflight implements AutoCloseable {

    private final Bounds bounds;
    private final FileCheck files;
    private final LinkFetcher fetcher;
    private final UrlCheck links;

    /** A pre-flight with the {@link Bounds#DEFAULT default bounds}. */
    public Preflight() {
        this(Bounds.DEFAULT);
    }

    public Preflight(Bounds bounds) {
        this(bounds, new MediaProber());
    }

    public Preflight(Bounds bounds, MediaProber prober) {
        this.bounds = Objects.requireNonNull(bounds, "bounds");
        this.files = new FileCheck(prober);
        this.fetcher = new LinkFetcher(bounds);
        this.links = new UrlCheck(fetcher, bounds, new PrefixJudge(new PrefixProbe(prober), bounds));
    }

    public Bounds bounds() {
        return bounds;
    }

    /** Checks a local file against {@code limits}; never throws for anything the file is or is not. */
    public Verdict checkFile(Path file, Limits limits) {
        return files.check(Objects.requireNonNull(file, "file"), Objects.requireNonNull(limits, "limits"));
    }

    /** Checks the video at a link against {@code limits}; never throws for anything the link answers. */
    public Verdict checkUrl(URI url, Limits limits) {
        return links.check(Objects.requireNonNull(url, "url"), Objects.requireNonNull(limits, "limits"));
    }

    /** Closes the pooled connections. Checks running at that moment end INCONCLUSIVE or UNREACHABLE. */
    @Override
    public void close() {
        fetcher.close();
    }
}
