package io.reeldrop.preflight;

import io.reeldrop.media.UnreadableMediaException;
import io.reeldrop.media.VideoInfo;
import java.io.IOException;

/**
 * Judges a link from its 2xx answer: content type, declared size, then FFmpeg on the first
 * bytes (the first {@link Bounds#firstBytes()}, and up to {@link Bounds#maxBytes()} only when
 * FFmpeg needs more). A probe proves a problem only where the bytes hold what it reports:
 * the whole file, or a header that states picture size and duration up front.
 */
final class PrefixJudge {

    private final PrefixProbe probe;
    private final Bounds bounds;

    PrefixJudge(PrefixProbe probe, Bounds bounds) {
        this.probe = probe;
        this.bounds = bounds;
    }

    Verdict judge(String name, RemotePrefix prefix, Limits limits) throws IOException {
        String type = prefix.contentType();
        Found found = new Found(prefix.declaredSize(), type, null, 0);
        if (ContentTypes.isWebPage(type)) {
            return webPage(name, type, found);
        }
        if (ContentTypes.isPlaylist(type)) {
            return playlist(name, found);
        }
        if (ContentTypes.isNotVideo(type)) {
            return Verdict.of(Reason.NOT_VIDEO_TYPE, name + " is " + type + ", not a video file. Give the link to the"
                    + " video file itself.", found);
        }
        if (found.sizeBytes() == 0) {
            return Sentences.empty(name, found);
        }
        if (found.sizeBytes() > limits.maxBytes()) {
            return Sentences.tooLarge(name, found.sizeBytes(), limits, found);
        }
        prefix.fill(bounds.firstBytes());
        found = fetched(prefix, found);
        if (prefix.length() == 0 && prefix.complete()) {
            return Sentences.empty(name, found);
        }
        if (ContentTypes.looksLikeHtml(prefix.bytes())) {
            return Verdict.of(Reason.WEB_PAGE, name + " is a web page (served as " + (type == null ? "no type" : type)
                    + "), not a video file. Give the link to the file itself.", found);
        }
        if (ContentTypes.looksLikePlaylist(prefix.bytes())) {
            // Never handed to FFmpeg: a playlist names further files, and those would be read from this machine.
            return playlist(name, found);
        }
        while (true) {
            try {
                return judgeVideo(name, prefix, probe.probe(prefix.bytes()), found, limits);
            } catch (UnreadableMediaException e) {
                if (prefix.complete()) {
                    return Sentences.notAVideo(name, e, found);
                }
                int before = prefix.length();
                if (prefix.canGrow()) {
                    prefix.fill(bounds.maxBytes());
                    found = fetched(prefix, found);
                }
                if (prefix.length() == before) {
                    return notInPrefix(name, found, prefix, e);
                }
            } catch (LinkageError | IllegalStateException e) {
                return Sentences.notProbed(name, e, found);
            }
        }
    }

    private Verdict judgeVideo(String name, RemotePrefix prefix, VideoInfo video, Found found, Limits limits) {
        boolean whole = prefix.complete();
        if (!whole && !PrefixProbe.statesHeaderUpFront(video.container())) {
            return Verdict.of(Reason.HEADER_NOT_IN_PREFIX, labelled(name, found) + " is in a container (" + video.container()
                    + ") whose first bytes do not state its duration, so its duration and picture size were not checked"
                    + " before sending.", found);
        }
        boolean durationStated = whole || StatedDuration.in(prefix.bytes(), video.container());
        Found probed = found.withVideo(durationStated ? video : withoutDuration(video));
        Verdict broken = VideoRules.judge(name, probed, limits);
        if (broken != null) {
            return broken;
        }
        if (!durationStated) {
            return Verdict.of(Reason.HEADER_NOT_IN_PREFIX, name + " is " + probed.describe() + "; its first bytes do not"
                    + " state its duration, so the duration was not checked before sending.", probed);
        }
        if (probed.sizeBytes() < 0) {
            return Verdict.of(Reason.SIZE_UNKNOWN, name + " is " + probed.describe() + ", but the server does not say how"
                    + " large it is, so the " + Wording.limitName(limits.maxBytes()) + " limit was not checked before"
                    + " sending.", probed);
        }
        return Sentences.withinLimits(name, probed, limits);
    }

    private static Verdict notInPrefix(String name, Found found, RemotePrefix prefix, UnreadableMediaException e) {
        String ffmpeg = e.ffmpegError().isBlank() ? "" : "FFmpeg: " + e.ffmpegError() + "; ";
        return Verdict.of(Reason.HEADER_NOT_IN_PREFIX, labelled(name, found) + " does not state its duration and picture"
                + " size in its first " + Wording.size(prefix.length()) + " (" + ffmpeg + "a MOV or MP4 with its index at"
                + " the end, or a live recording, keeps them further on), so they were not checked before sending.", found);
    }

    private static Verdict webPage(String name, String type, Found found) {
        return Verdict.of(Reason.WEB_PAGE, name + " is a web page (" + type + "), not a video file. Give the link to"
                + " the file itself.", found);
    }

    private static Verdict playlist(String name, Found found) {
        return Verdict.of(Reason.NOT_VIDEO_TYPE, name + " is a streaming playlist (HLS), not a video file. Give the link"
                + " to the video file itself.", found);
    }

    /** What the bytes say about the size: a file that ended within them has that size. */
    private static Found fetched(RemotePrefix prefix, Found found) {
        long size = found.sizeBytes() < 0 && prefix.complete() ? prefix.length() : found.sizeBytes();
        return new Found(size, found.contentType(), found.video(), prefix.bytesFetched());
    }

    /** "https://h/a.mov (video/quicktime, 2.1 MB)", or the bare name when nothing is known. */
    private static String labelled(String name, Found found) {
        String what = found.describe();
        return what.isEmpty() ? name : name + " (" + what + ")";
    }

    private static VideoInfo withoutDuration(VideoInfo video) {
        return new VideoInfo(Double.NaN, video.width(), video.height(), video.codedWidth(), video.codedHeight(),
                video.rotationDegrees(), video.container(), video.codec(), video.bytesRead());
    }
}
