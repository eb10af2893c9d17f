package io.reeldrop.tracking.upload;

import java.time.Clock;
import java.time.Duration;

/** The engine's clock and its way of running work later, so tests can run the stage on virtual time. */
public interface UploadTimer {

    Clock clock();

    /** Runs {@code work} after {@code delay} on an engine thread (it may block). */
    void after(Duration delay, Runnable work);
}
