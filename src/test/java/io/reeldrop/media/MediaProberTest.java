package io.reeldrop.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Probes the committed fixtures from disk and over loopback HTTP. Expected values are what
 * Debian's ffprobe 5.1 printed for each file
 * ({@code ffprobe -show_entries format=format_name,duration:stream=codec_name,width,height}).
 */
class MediaProberTest {

    private static final String MOV_FAMILY = "'mov,mp4,m4a,3gp,3g2,mj2'";
    private static final String MATROSKA_FAMILY = "'matroska,webm'";

    private static FixtureHttpServer http;
    private final MediaProber prober = new MediaProber();

    @BeforeAll
    static void startServer() throws Exception {
        http = new FixtureHttpServer(Fixtures.directory());
    }

    @AfterAll
    static void stopServer() {
        http.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // file,                 duration, width, height, container,       codec
            "valid.mp4,              5.0,      640,   360,    " + MOV_FAMILY + ", h264",
            "moov-at-end.mov,        5.0,      640,   360,    " + MOV_FAMILY + ", h264",
            "clip.webm,              5.0,      640,   360,    " + MATROSKA_FAMILY + ", vp8",
            "clip.mkv,               6.0,      640,   480,    " + MATROSKA_FAMILY + ", h264",
            "fractional.mp4,         4.72,     480,   360,    " + MOV_FAMILY + ", h264",
            "too-small-320x240.mp4,  5.0,      320,   240,    " + MOV_FAMILY + ", h264",
            "too-short-2s.mp4,       2.0,      640,   360,    " + MOV_FAMILY + ", h264",
    })
    void fileMetadataMatchesFfprobe(String name, double duration, int width, int height, String container, String codec)
            throws Exception {
        assertMatches(prober.probe(Fixtures.file(name)), duration, width, height, container, codec);
    }

    @ParameterizedTest(name = "{0} over {1}")
    @CsvSource({
            "valid.mp4, range", "valid.mp4, plain", "valid.mp4, redirect",
            "moov-at-end.mov, range", "moov-at-end.mov, plain", "moov-at-end.mov, redirect",
            "clip.webm, range", "clip.mkv, plain",
    })
    void urlMetadataEqualsFileMetadata(String name, String mode) throws Exception {
        VideoInfo fromFile = prober.probe(Fixtures.file(name));
        VideoInfo fromUrl = prober.probe(http.url(mode, name));
        assertEquals(fromFile.durationSeconds(), fromUrl.durationSeconds(), 1e-6);
        assertEquals(fromFile.width(), fromUrl.width());
        assertEquals(fromFile.height(), fromUrl.height());
        assertEquals(fromFile.container(), fromUrl.container());
        assertEquals(fromFile.codec(), fromUrl.codec());
        assertTrue(fromUrl.bytesRead() > 0, "bytes read are reported for URLs");
    }

    @Test
    void aPathWithSpacesAndNonAsciiLettersIsProbed(@TempDir Path dir) throws Exception {
        // People's folders are called "Vidéos" or "Видео"; FFmpeg takes the path as UTF-8 bytes.
        // Under a C/POSIX locale Java itself cannot name such files, so there is nothing to check.
        Assumptions.assumeTrue("UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding")),
                "file names are not UTF-8 in this locale");
        Path folder = Files.createDirectories(dir.resolve("Vidéos de l'été").resolve("Видео 日本"));
        Path copy = Files.copy(Fixtures.file("valid.mp4"), folder.resolve("clip ü.mp4"));
        assertMatches(prober.probe(copy), 5.0, 640, 360, MOV_FAMILY.replace("'", ""), "h264");
    }

    @Test
    void rotatedVideoReportsDisplaySize() throws Exception {
        // ffprobe: width=640 height=360, display matrix rotation 90.
        VideoInfo info = prober.probe(Fixtures.file("rotated-90.mp4"));
        assertEquals(360, info.width());
        assertEquals(640, info.height());
        assertEquals(640, info.codedWidth());
        assertEquals(360, info.codedHeight());
        assertTrue(info.rotationDegrees() == 90 || info.rotationDegrees() == 270, "quarter turn: " + info.rotationDegrees());
    }

    @ParameterizedTest
    @ValueSource(strings = {"truncated.mp4", "not-a-video.mp4"})
    void unreadableFilesGiveAReasonAPersonCanRead(String name) {
        UnreadableMediaException error = assertThrows(UnreadableMediaException.class,
                () -> prober.probe(Fixtures.file(name)));
        assertTrue(error.getMessage().contains("not a video file FFmpeg can read"), error.getMessage());
        assertTrue(error.ffmpegError().contains("Invalid data"), error.ffmpegError());
    }

    @Test
    void missingUrlIsUnreadableWithTheServerAnswer() {
        UnreadableMediaException error = assertThrows(UnreadableMediaException.class,
                () -> prober.probe(http.url("range", "no-such-file.mp4")));
        assertTrue(error.getMessage().contains("404"), error.getMessage());
    }

    @Test
    void otherSchemesAreRefusedBeforeFfmpegSeesThem() {
        UnreadableMediaException error = assertThrows(UnreadableMediaException.class,
                () -> prober.probe(URI.create("file:///etc/passwd")));
        assertTrue(error.getMessage().contains("Only http and https"), error.getMessage());
    }

    private static void assertMatches(VideoInfo info, double duration, int width, int height, String container, String codec) {
        assertEquals(duration, info.durationSeconds(), 0.001);
        assertEquals(width, info.width());
        assertEquals(height, info.height());
        assertEquals(container, info.container());
        assertEquals(codec, info.codec());
        assertEquals(0, info.rotationDegrees());
    }
}
