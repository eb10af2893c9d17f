package io.reeldrop.sandbox;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Where the sandbox is reachable from, and what that forbids: beyond loopback the well-known
 * key {@code sandbox} would let anyone on the network in, and a {@code video_url} pointing at a
 * private address would let them use the sandbox to reach machines they cannot (a router's admin
 * page, a cloud's metadata service).
 */
final class Exposure {

    /** The environment variable {@code --api-key} may come from, so the key stays out of {@code ps}. */
    static final String ENV_API_KEY = "REELDROP_SANDBOX_API_KEY";

    private Exposure() {
    }

    /** True when only this computer can reach a server bound to {@code bindAddress}; a wildcard is not. */
    static boolean isLoopback(String bindAddress) {
        String host = bindAddress.strip().toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (host.equals("localhost")) {
            return true;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false; // Jetty will say it cannot bind; until then, assume the worst
        }
    }

    /** Refuses to serve beyond loopback with the key everyone knows. */
    static void requireOwnKeyBeyondLoopback(SandboxConfig config) {
        if (!isLoopback(config.bindAddress()) && SandboxConfig.DEFAULT_API_KEY.equals(config.apiKey())) {
            throw new IllegalArgumentException("--bind " + config.bindAddress() + " makes the sandbox reachable beyond"
                    + " this computer, where the well-known key \"" + SandboxConfig.DEFAULT_API_KEY + "\" would let"
                    + " anyone in. Give a key of your own with --api-key, or in the " + ENV_API_KEY + " environment"
                    + " variable, which keeps it out of the process list.");
        }
    }

    /**
     * What kind of address a download may not reach from an exposed sandbox ("private",
     * "loopback", "link-local", ...), or null for a public one. Addresses that embed an IPv4
     * address (IPv4-compatible, NAT64, 6to4) are judged by it.
     */
    static String nonPublic(InetAddress address) {
        if (address instanceof Inet4Address) {
            return nonPublic4(address.getAddress());
        }
        byte[] b = address.getAddress();
        if (address.isLoopbackAddress()) {
            return "loopback";
        }
        if (address.isAnyLocalAddress()) {
            return "unspecified";
        }
        if (address.isLinkLocalAddress()) {
            return "link-local";
        }
        if (address.isSiteLocalAddress() || (b[0] & 0xfe) == 0xfc) {
            return "private";
        }
        if (address.isMulticastAddress()) {
            return "multicast";
        }
        if (address instanceof Inet6Address && zeros(b, 0, 12)) {
            return nonPublic4(new byte[]{b[12], b[13], b[14], b[15]}); // ::a.b.c.d, IPv4-compatible
        }
        if (b[0] == 0x00 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && zeros(b, 4, 12)) {
            return nonPublic4(new byte[]{b[12], b[13], b[14], b[15]}); // 64:ff9b::/96, NAT64
        }
        if (b[0] == 0x20 && b[1] == 0x02) {
            return nonPublic4(new byte[]{b[2], b[3], b[4], b[5]}); // 2002::/16, 6to4
        }
        return null;
    }

    private static String nonPublic4(byte[] a) {
        int first = a[0] & 0xff;
        int second = a[1] & 0xff;
        if (first == 127) {
            return "loopback";
        }
        if (first == 10 || first == 172 && second >= 16 && second <= 31 || first == 192 && second == 168) {
            return "private";
        }
        if (first == 169 && second == 254) {
            return "link-local";
        }
        if (first == 100 && second >= 64 && second <= 127) {
            return "shared (carrier-grade NAT)";
        }
        if (first == 0) {
            return "unspecified";
        }
        if (first == 192 && second == 0 && (a[2] & 0xff) == 0 || first == 198 && (second == 18 || second == 19)) {
            return "reserved";
        }
        if (first >= 224) {
            return first < 240 ? "multicast" : "reserved";
        }
        return null;
    }

    private static boolean zeros(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
