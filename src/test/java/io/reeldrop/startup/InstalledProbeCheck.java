package io.reeldrop.startup;

import io.reeldrop.media.MediaProber;
import io.reeldrop.media.VideoInfo;
import java.nio.file.Path;

/**
 * Probes one video with the FFmpeg natives of an installed package. jlink-config/verify-deb.sh
 * runs it on the installed runtime, class path and java options (read from the launcher's cfg)
 * to show that FFmpeg loads from the package's natives folder, with nothing unpacked into the
 * user's home. Prints the probe result; exits non-zero when the probe fails.
 */
public final class InstalledProbeCheck {

    private InstalledProbeCheck() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: InstalledProbeCheck VIDEO_FILE");
            System.exit(2);
        }
        VideoInfo info = new MediaProber().probe(Path.of(args[0]));
        System.out.println("probed " + args[0] + ": " + info);
    }
}
