package io.reeldrop.tracking.store;

/**
 * What this user's finished tasks taught about one stage on one API host: seconds spent in the
 * stage per second of video, averaged over {@code samples} tasks.
 */
public record LearnedRatio(double secondsPerVideoSecond, int samples) {
}
