package io.reeldrop.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.media.FixtureHttpServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A prefix is trusted for a duration only when the header states one; a WebM without its
 * Duration element (as browsers record them) stays unchecked instead of being called too short.
 * Budget: under a second.
 */
class StatedDurationTest {

    private static final String MOV = "mov,mp4,m4a,3gp,3g2,mj2";
    private static final String MATROSKA = "matroska,webm";

    @Test
    void aFaststartMp4StatesItsDurationInMvhd() throws IOException {
        byte[] valid = FixtureHttpServer.fixtureBytes("valid.mp4");
        assertTrue(StatedDuration.mvhdDuration(valid) > 0);
        assertTrue(StatedDuration.in(Arrays.copyOf(valid, 8 * 1024), MOV), "moov is in the first 8 KiB");
    }

    @Test
    void aMoovAtTheEndIsNotInThePrefix() throws IOException {
        byte[] late = FixtureHttpServer.fixtureBytes("moov-at-end.mov");
        assertEquals(-1, StatedDuration.mvhdDuration(Arrays.copyOf(late, 16 * 1024)));
        assertFalse(StatedDuration.in(Arrays.copyOf(late, 16 * 1024), MOV));
    }

    @Test
    void matroskaStatesItsDurationInInfo() throws IOException {
        assertTrue(StatedDuration.in(FixtureHttpServer.fixtureBytes("clip.webm"), MATROSKA));
        assertTrue(StatedDuration.in(FixtureHttpServer.fixtureBytes("clip.mkv"), MATROSKA));
        assertFalse(StatedDuration.in(withoutDuration(), MATROSKA));
    }

    @Test
    void aWebmWithoutDurationIsNotCalledTooShortFromItsFirstBytes(@TempDir Path folder) throws IOException {
        Files.write(folder.resolve("recording.webm"), withoutDuration());
        Files.copy(FixtureHttpServer.class.getResourceAsStream("/media/clip.webm"), folder.resolve("clip.webm"));
        Bounds small = Bounds.DEFAULT.withBytes(16 * 1024, 32 * 1024); // the files are 86 kB
        try (FixtureHttpServer files = new FixtureHttpServer(folder); Preflight preflight = new Preflight(small)) {
            Limits limits = Limits.forFlow(ApiRelease.V1_3, Flow.ASSET_URL);
            Verdict stated = preflight.checkUrl(files.url("range", "clip.webm"), limits);
            assertEquals(files.url("range", "clip.webm") + " is video/mp4, 86.0 kB, 640x360, 5.00 s: within the limits of an"
                    + " asset made from a URL on v1.3.", stated.sentence());
            assertEquals(16 * 1024, stated.found().bytesFetched());

            Verdict unstated = preflight.checkUrl(files.url("range", "recording.webm"), limits);
            assertEquals(files.url("range", "recording.webm") + " (video/mp4, 86.0 kB) does not state its duration and"
                    + " picture size in its first 32.8 kB (a MOV or MP4 with its index at the end, or a live recording,"
                    + " keeps them further on), so they were not checked before sending.", unstated.sentence());
            assertEquals(Outcome.INCONCLUSIVE, unstated.outcome(), unstated.sentence());
            assertEquals(Reason.HEADER_NOT_IN_PREFIX, unstated.reason());
        }
    }

    /** clip.webm with its Duration element (ID 0x4489, 8-byte float) overwritten by an EBML Void of the same length. */
    private static byte[] withoutDuration() throws IOException {
        byte[] webm = FixtureHttpServer.fixtureBytes("clip.webm");
        for (int i = 0; i + 11 <= webm.length; i++) {
            if ((webm[i] & 0xFF) == 0x44 && (webm[i + 1] & 0xFF) == 0x89 && (webm[i + 2] & 0xFF) == 0x88) {
                webm[i] = (byte) 0xEC;
                webm[i + 1] = (byte) 0x89;
                Arrays.fill(webm, i + 2, i + 11, (byte) 0);
                return webm;
            }
        }
        throw new IllegalStateException("clip.webm has no 8-byte Duration element");
    }
}
