package io.reeldrop.preflight;

/**
 * Why a verdict is what it is, for code (the verdict's sentence is for people). Each reason has
 * one outcome. Those that the service itself reports carry its documented error code, so the
 * engine and the tests can line the two up.
 */
public enum Reason {
    WITHIN_LIMITS(Outcome.OK, null),

    // a local file
    NOT_A_FILE(Outcome.REFUSED, null),
    FILE_UNREADABLE(Outcome.REFUSED, null),
    // a file or a URL
    EMPTY(Outcome.REFUSED, null),
    TOO_LARGE(Outcome.REFUSED, "video_filesize_too_large"),
    NOT_A_VIDEO(Outcome.REFUSED, "video_file_broken"),
    RESOLUTION_TOO_LOW(Outcome.REFUSED, "video_resolution_too_low"),
    RESOLUTION_TOO_HIGH(Outcome.REFUSED, "video_resolution_too_high"),
    ASPECT_RATIO(Outcome.REFUSED, "video_resolution_invalid_aspect_ratio"),
    TOO_SHORT(Outcome.REFUSED, "video_duration_too_short"),
    TOO_LONG(Outcome.REFUSED, "video_duration_too_long"),
    /** FFmpeg could not be loaded on this machine, so nothing was probed. */
    NOT_PROBED(Outcome.INCONCLUSIVE, null),

    // a URL
    NOT_HTTP(Outcome.REFUSED, null),
    /** The link carries a user name or password, which would travel to the service and into the history. */
    CREDENTIALS_IN_LINK(Outcome.REFUSED, null),
    NOT_FOUND(Outcome.REFUSED, null),
    ACCESS_DENIED(Outcome.REFUSED, null),
    CLIENT_ERROR(Outcome.REFUSED, null),
    WEB_PAGE(Outcome.REFUSED, null),
    NOT_VIDEO_TYPE(Outcome.REFUSED, null),
    BAD_REDIRECT(Outcome.REFUSED, null),
    TOO_MANY_REDIRECTS(Outcome.INCONCLUSIVE, null),
    SERVER_TROUBLE(Outcome.INCONCLUSIVE, null),
    UNREACHABLE(Outcome.INCONCLUSIVE, null),
    TIMED_OUT(Outcome.INCONCLUSIVE, null),
    SIZE_UNKNOWN(Outcome.INCONCLUSIVE, null),
    /** The container's header is not in the first bytes (a MOV/MP4 with its index at the end). */
    HEADER_NOT_IN_PREFIX(Outcome.INCONCLUSIVE, null);

    private final Outcome outcome;
    private final String apiCode;

    Reason(Outcome outcome, String apiCode) {
        this.outcome = outcome;
        this.apiCode = apiCode;
    }

    public Outcome outcome() {
        return outcome;
    }

    /** The service's error code for the same finding ({@code video_resolution_too_low}), or null. */
    public String apiCode() {
        return apiCode;
    }
}
