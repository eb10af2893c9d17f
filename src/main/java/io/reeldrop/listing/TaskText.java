package io.reeldrop.listing;

import io.reeldrop.tracking.TrackedTask;
import io.reeldrop.tracking.model.Submission;

/** The pieces of a task that lists, menus and exports name the same way everywhere. */
public final class TaskText {

    private TaskText() {
    }

    /** What the video column shows: the API's filename when known, else the link's or file's name. */
    public static String videoName(TrackedTask t) {
        if (t.task() != null && t.task().metadata().filename() != null) {
            return t.task().metadata().filename();
        }
        return t.submission().shortName();
    }

    /**
     * The row's one sentence: why it failed, was not sent or waits for a decision; else the
     * engine's note about a passing problem ("Connection trouble, retrying"); else empty.
     */
    public static String reason(TrackedTask t) {
        String why = FailureReasons.describe(t);
        if (why == null) {
            why = t.note() == null ? "" : t.note();
        }
        return withShortName(t, why);
    }

    /**
     * The reason as the row's own cell shows it: the Video column beside it already names the
     * video, so a sentence that starts with that name starts at its verb instead ("Lasts 2.00 s;
     * the minimum is 4 s."), and the narrow column shows what matters.
     */
    public static String reasonBesideTheName(TrackedTask t) {
        String why = reason(t);
        String head = videoName(t) + " ";
        if (!why.startsWith(head) || why.length() == head.length()) {
            return why;
        }
        String rest = why.substring(head.length());
        return Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
    }

    /**
     * The checks before sending name a link in full ("https://host/long/path/clip.mp4 lasts
     * 2.00 s; ..."), which in a row pushes the reason itself out of the column; the row already
     * says which video, so the sentence starts with its short name instead.
     */
    private static String withShortName(TrackedTask t, String why) {
        String url = t.submission().videoUrl();
        if (url == null || !why.startsWith(url.strip())) {
            return why;
        }
        return videoName(t) + why.substring(url.strip().length());
    }

    /**
     * The server's task id, or ReelDrop's local id for a video never created on the server;
     * the command line's retry and forget take either.
     */
    public static String taskOrLocalId(TrackedTask t) {
        return t.task() != null ? t.task().id() : t.localId();
    }

    /** Null until the API names the video. */
    public static String videoId(TrackedTask t) {
        return t.task() == null ? null : t.task().videoId();
    }

    /** The URL as submitted, or the whole path of an uploaded file. */
    public static String source(TrackedTask t) {
        Submission s = t.submission();
        return s.videoUrl() != null ? s.videoUrl() : String.valueOf(s.videoFile());
    }

    /** The HLS stream's URL; null while there is none (streaming off, or not ready). */
    public static String hlsUrl(TrackedTask t) {
        return t.task() == null || t.task().hls() == null ? null : t.task().hls().videoUrl();
    }
}
