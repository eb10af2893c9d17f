package io.reeldrop.adversarial;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, item 8, "redact first, then cut": a server that echoes the key where the client's
 * quote of its answer is cut, at 300 characters (the message, code and docs URL of a JSON error)
 * or at 60 (a plain-text, HTML or non-JSON body). Cut first, the part of the key before the cut
 * no longer matched the whole key and stayed in the sentence, which the command printed and the
 * history kept (10 to 300 characters of it); this failed until the client hid the key in every
 * answer as soon as it was read. The same runs as {@link KeySweepTest}'s echoing server, with the
 * key placed across the cuts. Budget: about 30 s.
 */
class KeyEchoCutsTest {

    private static final long SEED = Long.getLong("reeldrop.keysweep.seed", System.nanoTime());
    private static final Random RANDOM = new Random(SEED);

    @TempDir
    Path work;

    @Test
    void aKeyEchoedAcrossThe300And60CharacterCutsIsHiddenEverywhere() throws Exception {
        String key = KeySweep.newKey(RANDOM, "tlk_", 44);
        List<String> videos = List.of(
                KeyEchoServer.videoName(KeyEchoServer.Kind.JSON400, 280),
                KeyEchoServer.videoName(KeyEchoServer.Kind.JSON500, 290),
                KeyEchoServer.videoName(KeyEchoServer.Kind.CODE400, 280),
                KeyEchoServer.videoName(KeyEchoServer.Kind.DOCS400, 265),
                KeyEchoServer.videoName(KeyEchoServer.Kind.TEXT400, 40),
                KeyEchoServer.videoName(KeyEchoServer.Kind.HTML502, 40),
                KeyEchoServer.videoName(KeyEchoServer.Kind.NOTJSON200, 40));

        KeyEchoRuns.Result result = KeyEchoRuns.sendAndSweep(work, key, videos);

        assertTrue(result.requests() > videos.size() && result.printed().contains("HTTP 400"),
                "the runs met the echoes: " + result.printed());
        assertTrue(result.sweep().leaks().isEmpty(), "seed " + SEED + ": " + result.sweep().report());
    }

    @Test
    void aKeyLongerThanEveryCutIsHiddenWhereverItIsEchoed() throws Exception {
        String key = KeySweep.newKey(RANDOM, "tlk_", 430);
        List<String> videos = new ArrayList<>();
        for (KeyEchoServer.Kind kind : KeyEchoServer.Kind.values()) {
            videos.add(KeyEchoServer.videoName(kind, 0));
        }

        KeyEchoRuns.Result result = KeyEchoRuns.sendAndSweep(work, key, videos);

        assertTrue(result.requests() > videos.size(), "the runs met the echoes: " + result.printed());
        assertTrue(result.sweep().leaks().isEmpty(), "seed " + SEED + ": " + result.sweep().report());
    }
}
