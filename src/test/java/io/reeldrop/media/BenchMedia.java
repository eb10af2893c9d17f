package io.reeldrop.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacpp.Loader;

/**
 * Makes large benchmark videos with the ffmpeg executable that ships in the bytedeco jar (no
 * system FFmpeg needed): a short high-bitrate segment is encoded once, then repeated with
 * {@code -stream_loop} and {@code -c copy}, which takes seconds even for 500 MB.
 */
public final class BenchMedia {

    private BenchMedia() {
    }

    /** A faststart MP4 of about {@code targetBytes}, 1280x720 H.264 (OpenH264) at ~20 Mbit/s, reused if already made. */
    public static Path faststartMp4(Path dir, long targetBytes) throws IOException, InterruptedException {
        Path out = dir.resolve("bench-" + targetBytes / (1024 * 1024) + "mb.mp4");
        if (Files.isRegularFile(out)) {
            return out;
        }
        Path segment = dir.resolve("bench-segment.mp4");
        if (!Files.isRegularFile(segment)) {
            // The bytedeco build is LGPL (no libx264) but has OpenH264; noise keeps the bitrate up.
            run("-f", "lavfi", "-i", "testsrc2=size=1280x720:rate=25", "-vf", "noise=alls=40:allf=t",
                    "-t", "4", "-c:v", "libopenh264", "-b:v", "20M", "-maxrate", "20M",
                    "-pix_fmt", "yuv420p", "-movflags", "+faststart", segment.toString());
        }
        long segmentBytes = Files.size(segment);
        if (targetBytes <= segmentBytes) {
            // -fs stops copying packets once the output reaches the size (the index is added after).
            run("-i", segment.toString(), "-fs", Long.toString(targetBytes), "-c", "copy", "-movflags", "+faststart", out.toString());
        } else {
            long loops = Math.max(0, targetBytes / segmentBytes - 1);
            run("-stream_loop", Long.toString(loops), "-i", segment.toString(), "-c", "copy", "-movflags", "+faststart", out.toString());
        }
        return out;
    }

    private static void run(String... args) throws IOException, InterruptedException {
        String ffmpeg = Loader.load(org.bytedeco.ffmpeg.ffmpeg.class);
        List<String> command = new ArrayList<>(List.of(ffmpeg, "-hide_banner", "-loglevel", "error", "-y"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IOException("ffmpeg failed: " + command);
        }
    }
}
