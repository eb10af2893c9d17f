package io.reeldrop.media;

/**
 * What the prober learnt about one video.
 *
 * @param durationSeconds fractional seconds, as ffprobe's {@code format.duration}
 * @param width  display width: for a video whose display matrix rotates it by 90 or 270
 *               degrees this is the coded height (see {@link MediaProber} for why)
 * @param height display height, likewise
 * @param codedWidth  width as stored in the stream, before rotation
 * @param codedHeight height as stored in the stream, before rotation
 * @param rotationDegrees clockwise display rotation, normalised to 0, 90, 180 or 270
 * @param container FFmpeg's demuxer name, as ffprobe's {@code format_name} (e.g. "mov,mp4,m4a,3gp,3g2,mj2")
 * @param codec FFmpeg's codec name of the video stream (e.g. "h264")
 * @param bytesRead bytes the demuxer actually read to answer; for a URL, what crossed the network
 */
public record VideoInfo(
        double durationSeconds,
        int width,
        int height,
        int codedWidth,
        int codedHeight,
        int rotationDegrees,
        String container,
        String codec,
        long bytesRead) {
}
