package io.reeldrop.api;

import java.time.Duration;

/** Waits between attempts; a seam so tests can see the waits the policy chose. */
@FunctionalInterface
interface Sleeper {

    Sleeper REAL = d -> Thread.sleep(d.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
