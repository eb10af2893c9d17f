package io.reeldrop.media;

import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.Loader;

/**
 * Loads the FFmpeg natives once, on first use. Loading unpacks ~60 MB of shared libraries into
 * JavaCPP's cache the first time on a machine and takes a second or two, so it must never happen
 * at class-initialisation time of anything the window touches: callers reach it only from
 * {@link MediaProber#probe} (which they run off the UI thread) or {@link MediaProber#warmUp()}.
 */
final class FfmpegLibrary {

    private FfmpegLibrary() {
    }

    /** Initialization-on-demand holder: the JVM makes the load happen once, thread-safely. */
    private static final class Holder {
        static final boolean LOADED = load();

        private static boolean load() {
            Loader.load(avutil.class);
            Loader.load(avformat.class);
            // FFmpeg logs to stderr by default; the prober reports errors itself.
            avutil.av_log_set_level(avutil.AV_LOG_QUIET);
            avformat.avformat_network_init();
            return true;
        }
    }

    static void ensureLoaded() {
        if (!Holder.LOADED) {
            throw new IllegalStateException("FFmpeg did not load");
        }
    }
}
