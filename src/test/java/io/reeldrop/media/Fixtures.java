package io.reeldrop.media;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Where the committed ffmpeg-made fixtures under src/test/resources/media are at test time. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Path directory() {
        try {
            return Path.of(Fixtures.class.getResource("/media/valid.mp4").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path file(String name) {
        return directory().resolve(name);
    }
}
