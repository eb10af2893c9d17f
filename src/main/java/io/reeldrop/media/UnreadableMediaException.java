package io.reeldrop.media;

/**
 * The input is not a video FFmpeg can read. {@link #getMessage()} is a sentence meant for a
 * person (what went wrong and, where it helps, what to try), while {@link #ffmpegError()}
 * keeps FFmpeg's own words for logs.
 */
public final class UnreadableMediaException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String ffmpegError;

    public UnreadableMediaException(String reason, String ffmpegError) {
        super(reason);
        this.ffmpegError = ffmpegError;
    }

    /** FFmpeg's error text ("Invalid data found when processing input"), or empty. */
    public String ffmpegError() {
        return ffmpegError;
    }
}
