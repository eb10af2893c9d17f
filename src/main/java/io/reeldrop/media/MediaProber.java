package io.reeldrop.media;

import static org.bytedeco.ffmpeg.global.avcodec.AV_PKT_DATA_DISPLAYMATRIX;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_side_data_get;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_get_name;
import static org.bytedeco.ffmpeg.global.avformat.av_find_best_stream;
import static org.bytedeco.ffmpeg.global.avformat.avformat_alloc_context;
import static org.bytedeco.ffmpeg.global.avformat.avformat_close_input;
import static org.bytedeco.ffmpeg.global.avformat.avformat_find_stream_info;
import static org.bytedeco.ffmpeg.global.avformat.avformat_open_input;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;
import static org.bytedeco.ffmpeg.global.avutil.AV_TIME_BASE;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_free;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_set;
import static org.bytedeco.ffmpeg.global.avutil.av_display_rotation_get;
import static org.bytedeco.ffmpeg.global.avutil.av_q2d;
import static org.bytedeco.ffmpeg.global.avutil.av_strerror;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacketSideData;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.javacpp.IntPointer;

/**
 * Reads a video's container header with FFmpeg's demuxers and reports what it holds.
 *
 * <p>Only the demuxer's header parse runs ({@code avformat_open_input}); decoding
 * ({@code avformat_find_stream_info}) happens only when the header leaves the size or the
 * duration unknown. MP4/MOV, Matroska and WebM all state both in their headers, so for them
 * the bytes read are the header plus what FFmpeg needs to find it (for a MOV with the index at
 * the end, one range request to the end), and they do not grow with the file.
 *
 * <p>Rotated videos: the reported {@code width}/{@code height} are the <em>display</em> size,
 * i.e. a 1920x1080 phone clip with a 90-degree display matrix reports 1080x1920. That is what a
 * person sees in a player and what the aspect-ratio rules of the service are about; the coded
 * size stays available in {@link VideoInfo#codedWidth()}/{@link VideoInfo#codedHeight()}.
 *
 * <p>Thread-safe: every call has its own FFmpeg context. Calls block; run them off the UI thread.
 */
public final class MediaProber {

    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

    private final Duration networkTimeout;

    public MediaProber() {
        this(DEFAULT_TIMEOUT);
    }

    /** @param networkTimeout longest wait for a connect or any single read of a URL */
    public MediaProber(Duration networkTimeout) {
        this.networkTimeout = networkTimeout;
    }

    /** Loads FFmpeg now, so the first real probe is not the one that pays for it. */
    public static void warmUp() {
        FfmpegLibrary.ensureLoaded();
    }

    public VideoInfo probe(Path file) throws UnreadableMediaException {
        if (!Files.isRegularFile(file)) {
            throw new UnreadableMediaException("The file " + file + " does not exist or is not a regular file.", "");
        }
        return open(file.toAbsolutePath().toString(), "file");
    }

    /** Probes an {@code http} or {@code https} URL, reading only the ranges the demuxer needs. */
    public VideoInfo probe(URI url) throws UnreadableMediaException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new UnreadableMediaException("Only http and https URLs can be probed, not '" + url + "'.", "");
        }
        return open(url.toString(), "http,https,tcp,tls,crypto");
    }

    private VideoInfo open(String location, String allowedProtocols) throws UnreadableMediaException {
        FfmpegLibrary.ensureLoaded();
        AVFormatContext context = avformat_alloc_context();
        AVDictionary options = new AVDictionary(null);
        // Never let a crafted playlist or URL make FFmpeg open other protocols (file://, concat:, ...).
        av_dict_set(options, "protocol_whitelist", allowedProtocols, 0);
        av_dict_set(options, "rw_timeout", Long.toString(networkTimeout.toNanos() / 1000), 0);
        av_dict_set(options, "user_agent", "ReelDrop-prober", 0);
        if (!allowedProtocols.equals("file")) {
            // FFmpeg reads ahead instead of seeking when the jump is shorter than the TCP window
            // (hundreds of KB on a fast link); a 64 KB threshold makes it issue a range request
            // instead, and keep-alive lets those requests share one connection.
            av_dict_set(options, "short_seek_size", "65536", 0);
            av_dict_set(options, "multiple_requests", "1", 0);
        }
        int opened = avformat_open_input(context, location, null, options);
        av_dict_free(options);
        if (opened < 0) {
            throw unreadable(opened, "could not be opened as a video");
        }
        try {
            return describe(context);
        } finally {
            avformat_close_input(context);
        }
    }

    private VideoInfo describe(AVFormatContext context) throws UnreadableMediaException {
        int index = av_find_best_stream(context, AVMEDIA_TYPE_VIDEO, -1, -1, (AVCodec) null, 0);
        if (index < 0 || needsDecoding(context, index)) {
            int found = avformat_find_stream_info(context, (AVDictionary) null);
            if (found < 0) {
                throw unreadable(found, "has no stream information FFmpeg can read");
            }
            index = av_find_best_stream(context, AVMEDIA_TYPE_VIDEO, -1, -1, (AVCodec) null, 0);
        }
        if (index < 0) {
            throw new UnreadableMediaException("The file holds no video stream (audio only or an unknown format).", "");
        }
        AVStream stream = context.streams(index);
        AVCodecParameters codec = stream.codecpar();
        double duration = durationSeconds(context, stream);
        if (codec.width() <= 0 || codec.height() <= 0 || Double.isNaN(duration)) {
            throw new UnreadableMediaException("FFmpeg read the file but found no picture size or duration in it; it is probably damaged.", "");
        }
        int rotation = rotationDegrees(codec);
        boolean quarterTurn = rotation == 90 || rotation == 270;
        long bytesRead = context.pb() == null ? -1 : context.pb().bytes_read();
        return new VideoInfo(duration,
                quarterTurn ? codec.height() : codec.width(),
                quarterTurn ? codec.width() : codec.height(),
                codec.width(), codec.height(), rotation,
                context.iformat().name().getString(),
                avcodec_get_name(codec.codec_id()).getString(),
                bytesRead);
    }

    private static boolean needsDecoding(AVFormatContext context, int index) {
        AVCodecParameters codec = context.streams(index).codecpar();
        return codec.width() <= 0 || codec.height() <= 0 || Double.isNaN(durationSeconds(context, context.streams(index)));
    }

    /**
     * The container's duration, as ffprobe's {@code format.duration}. Before any decoding, MP4
     * leaves that unset; ffprobe then derives it as the longest stream, and so does this.
     */
    private static double durationSeconds(AVFormatContext context, AVStream videoStream) {
        if (context.duration() != AV_NOPTS_VALUE && context.duration() > 0) {
            return context.duration() / (double) AV_TIME_BASE;
        }
        double longest = Double.NaN;
        for (int i = 0; i < context.nb_streams(); i++) {
            AVStream stream = context.streams(i);
            if (stream.duration() != AV_NOPTS_VALUE && stream.duration() > 0) {
                double seconds = stream.duration() * av_q2d(stream.time_base());
                longest = Double.isNaN(longest) ? seconds : Math.max(longest, seconds);
            }
        }
        return longest;
    }

    /** Clockwise rotation from the stream's display matrix, as 0, 90, 180 or 270. */
    private static int rotationDegrees(AVCodecParameters codec) {
        AVPacketSideData matrix = av_packet_side_data_get(codec.coded_side_data(), codec.nb_coded_side_data(), AV_PKT_DATA_DISPLAYMATRIX);
        if (matrix == null || matrix.isNull() || matrix.size() < 9 * 4) {
            return 0;
        }
        // av_display_rotation_get answers counter-clockwise degrees in [-180, 180].
        double counterClockwise = av_display_rotation_get(new IntPointer(matrix.data()));
        if (Double.isNaN(counterClockwise)) {
            return 0;
        }
        long clockwise = Math.round(-counterClockwise / 90.0) * 90;
        return (int) Math.floorMod(clockwise, 360);
    }

    private static UnreadableMediaException unreadable(int errorCode, String what) {
        byte[] buffer = new byte[256];
        av_strerror(errorCode, buffer, buffer.length);
        int end = 0;
        while (end < buffer.length && buffer[end] != 0) {
            end++;
        }
        String ffmpeg = new String(buffer, 0, end, StandardCharsets.UTF_8);
        String hint = ffmpeg.contains("Invalid data") || ffmpeg.contains("End of file")
                ? " It is not a video file FFmpeg can read, or it is truncated or damaged."
                : ffmpeg.contains("Server returned") || ffmpeg.contains("Connection") || ffmpeg.contains("timed out")
                ? " Check that the URL is reachable and points at the video file itself."
                : "";
        return new UnreadableMediaException("The input " + what + " (FFmpeg: " + ffmpeg + ")." + hint, ffmpeg);
    }
}
