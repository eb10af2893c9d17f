package io.reeldrop.preflight;

import io.reeldrop.media.FixtureHttpServer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Real MP4/MOV files of any size made from the committed fixtures by adding one {@code free}
 * box of zeros, which FFmpeg skips: after the media data of the faststart {@code valid.mp4}
 * (its header stays at the front), or in front of the {@code moov} of {@code moov-at-end.mov}
 * (pushing its header past the first megabyte). Chunk offsets point before the insertion, so
 * both stay valid videos.
 */
final class PaddedVideo {

    private PaddedVideo() {
    }

    /** {@code valid.mp4} (header first) grown by {@code extra} bytes at its end. */
    static byte[] faststart(int extra) throws IOException {
        byte[] fixture = FixtureHttpServer.fixtureBytes("valid.mp4");
        return ByteBuffer.allocate(fixture.length + extra).put(fixture).put(freeBox(extra)).array();
    }

    /** {@code moov-at-end.mov} with {@code extra} bytes between its media data and its header. */
    static byte[] moovAtEnd(int extra) throws IOException {
        byte[] fixture = FixtureHttpServer.fixtureBytes("moov-at-end.mov");
        int moov = topLevelBox(fixture, "moov");
        return ByteBuffer.allocate(fixture.length + extra).put(fixture, 0, moov).put(freeBox(extra))
                .put(fixture, moov, fixture.length - moov).array();
    }

    private static byte[] freeBox(int size) {
        return ByteBuffer.allocate(size).putInt(size).put("free".getBytes(StandardCharsets.US_ASCII)).array();
    }

    private static int topLevelBox(byte[] file, String type) {
        ByteBuffer buffer = ByteBuffer.wrap(file);
        int at = 0;
        while (at + 8 <= file.length) {
            int size = buffer.getInt(at);
            if (new String(file, at + 4, 4, StandardCharsets.US_ASCII).equals(type)) {
                return at;
            }
            at += size;
        }
        throw new IllegalArgumentException("no " + type + " box");
    }
}
