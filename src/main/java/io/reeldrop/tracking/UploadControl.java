package io.reeldrop.tracking;

/**
 * Pausing and pacing uploads, for the window's rows and menu and the command line. A paused
 * upload stays paused across restarts; pausing lets the chunks under way finish, so nothing sent
 * is thrown away, and resuming sends only what the platform does not have.
 */
public interface UploadControl {

    /** Pauses a waiting or uploading submission (the assets flow's uploads, or a queued send). */
    void pause(String localId);

    /** Sends a paused submission on from where it stopped. */
    void resume(String localId);

    /** Pauses every waiting and uploading submission, and holds new ones until {@link #resumeAll}. */
    void pauseAll();

    void resumeAll();

    boolean allPaused();

    /**
     * Caps all uploads together at {@code bytesPerSecond}; 0 lifts the cap.
     *
     * @throws IllegalArgumentException below 100 KB/s, with a sentence
     */
    void setLimit(long bytesPerSecond);

    long limit();

    /** True when the submission can be paused now. */
    boolean canPause(TrackedTask t);
}
