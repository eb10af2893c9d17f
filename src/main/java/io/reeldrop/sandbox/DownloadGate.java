package io.reeldrop.sandbox;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * What every download passes through: a slot among {@link SandboxGuards#maxConcurrentDownloads()},
 * a share of {@link SandboxGuards#maxDownloadBytes()}, and, unless private URLs are allowed, a
 * check of each hop's addresses (the first URL and every redirect) against the private,
 * loopback and link-local ranges. The name is resolved for the check and again by the HTTP
 * client: a name whose answer changes in between (DNS rebinding) is not caught here.
 */
final class DownloadGate {

    /** Resolves a host name to all its addresses; tests give their own. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final SandboxGuards guards;
    private final Semaphore slots;
    private final AtomicLong spent = new AtomicLong();
    private final Resolver resolver;
    private final Function<InetAddress, String> nonPublic;

    DownloadGate(SandboxGuards guards) {
        this(guards, InetAddress::getAllByName, Exposure::nonPublic);
    }

    DownloadGate(SandboxGuards guards, Resolver resolver, Function<InetAddress, String> nonPublic) {
        this.guards = guards;
        this.slots = new Semaphore(guards.maxConcurrentDownloads(), true);
        this.resolver = resolver;
        this.nonPublic = nonPublic;
    }

    /** Waits for a free download slot; release it with {@link #leave()}. */
    void enter() throws TaskFailure {
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TaskFailure("parameter_invalid", "The download was interrupted because the sandbox is stopping.");
        }
    }

    void leave() {
        slots.release();
    }

    /** Refuses a hop to a non-public address when this sandbox may not fetch private URLs. */
    void checkTarget(URI url) throws TaskFailure {
        if (guards.allowPrivateUrls()) {
            return;
        }
        String host = url.getHost();
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            throw new TaskFailure("parameter_invalid", "The video_url's host name " + host + " cannot be found.");
        }
        for (InetAddress address : addresses) {
            String kind = nonPublic.apply(address);
            if (kind != null) {
                throw new TaskFailure("parameter_invalid", "The video_url leads to " + host + ", a " + kind
                        + " address (" + address.getHostAddress() + "). This sandbox is reachable beyond this computer,"
                        + " so it fetches only public addresses; start it with --allow-private-urls to allow this.");
            }
        }
    }

    /** Counts bytes fetched against the sandbox's whole download allowance. */
    void spend(long bytes) throws TaskFailure {
        if (spent.addAndGet(bytes) > guards.maxDownloadBytes()) {
            throw new TaskFailure("parameter_invalid", "This sandbox has downloaded its limit of "
                    + guards.maxDownloadBytes() + " bytes since it started (--max-download-bytes). Restart it, or start"
                    + " it with a higher limit.");
        }
    }

    long spent() {
        return spent.get();
    }
}
