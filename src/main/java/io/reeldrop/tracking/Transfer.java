package io.reeldrop.tracking;

/**
 * An upload's bytes so far and its recent rate, smoothed over about two seconds so the row's
 * "time left" does not jump with every buffer. Live only: a restart measures afresh.
 *
 * @param rate bytes a second; 0 until a first interval is measured
 * @param sampledAtNanos when the rate was last updated ({@link System#nanoTime()})
 * @param sampledBytes the bytes sent then
 */
record Transfer(long sent, long total, double rate, long sampledAtNanos, long sampledBytes) {

    private static final long SAMPLE_NANOS = 500_000_000L;
    /** Weight of the newest half-second: about two seconds of memory. */
    private static final double WEIGHT = 0.25;

    static Transfer next(Transfer before, long sent, long total, long nowNanos) {
        if (before == null || sent < before.sampledBytes) {
            return new Transfer(sent, total, before == null ? 0 : before.rate, nowNanos, sent);
        }
        long elapsed = nowNanos - before.sampledAtNanos;
        if (elapsed < SAMPLE_NANOS) {
            return new Transfer(sent, total, before.rate, before.sampledAtNanos, before.sampledBytes);
        }
        double measured = (sent - before.sampledBytes) * 1e9 / elapsed;
        double rate = before.rate == 0 ? measured : before.rate + WEIGHT * (measured - before.rate);
        return new Transfer(sent, total, rate, nowNanos, sent);
    }
}
