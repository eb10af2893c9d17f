package io.reeldrop.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.junit.jupiter.api.Test;

/** TLS is set up on the first https connection, once; SecurityTest shows the checks still hold. */
class LazyTlsStrategyTest {

    @Test
    void theDefaultSetUpIsMadeOnTheFirstUpgradeAndOnlyOnce() throws Exception {
        AtomicInteger made = new AtomicInteger();
        AtomicInteger upgrades = new AtomicInteger();
        TlsSocketStrategy fake = (socket, target, port, attachment, context) -> {
            upgrades.incrementAndGet();
            return null;
        };
        LazyTlsStrategy lazy = new LazyTlsStrategy(() -> {
            made.incrementAndGet();
            return fake;
        });
        assertEquals(0, made.get(), "nothing may be set up before an https connection");

        lazy.upgrade(null, "api.example.test", 443, null, null);
        lazy.upgrade(null, "api.example.test", 443, null, null);

        assertEquals(1, made.get());
        assertEquals(2, upgrades.get());
    }
}
