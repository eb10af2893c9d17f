package io.reeldrop.preflight;

import io.reeldrop.media.VideoInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a check learnt, whatever its outcome.
 *
 * @param sizeBytes the file's size, or the size the server declared; -1 when unknown
 * @param contentType the server's media type without parameters ({@code video/mp4}); null for a
 *                    local file or when the server sent none
 * @param video what FFmpeg read from the file or from the URL's first bytes; null when not probed
 *              or the probe failed
 * @param bytesFetched body bytes read from the network (0 for a local file); never more than the
 *                     pre-flight's cap
 */
public record Found(long sizeBytes, String contentType, VideoInfo video, long bytesFetched) {

    static final Found NOTHING = new Found(-1, null, null, 0);

    public OptionalLong size() {
        return sizeBytes < 0 ? OptionalLong.empty() : OptionalLong.of(sizeBytes);
    }

    public Optional<VideoInfo> probed() {
        return Optional.ofNullable(video);
    }

    Found withVideo(VideoInfo info) {
        return new Found(sizeBytes, contentType, info, bytesFetched);
    }

    /** "video/mp4, 44.1 kB, 640x360, 5.00 s": what is known, in that order. */
    String describe() {
        List<String> parts = new ArrayList<>();
        if (contentType != null) {
            parts.add(contentType);
        }
        if (sizeBytes >= 0) {
            parts.add(Wording.size(sizeBytes));
        }
        if (video != null) {
            parts.add(video.width() + "x" + video.height());
            if (!Double.isNaN(video.durationSeconds())) {
                parts.add(Wording.seconds(video.durationSeconds()));
            }
        }
        return String.join(", ", parts);
    }
}
