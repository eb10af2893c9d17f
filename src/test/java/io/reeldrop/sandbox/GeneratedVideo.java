package io.reeldrop.sandbox;

import io.reeldrop.media.FixtureHttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A valid MP4 of any size, made on the fly: the 5-second {@code valid.mp4} fixture followed by
 * one MP4 {@code free} box of zeros, which players and FFmpeg skip. Nothing of it is kept in
 * memory but the fixture, so gigabytes can be streamed through a test.
 */
final class GeneratedVideo {

    private final byte[] head;
    private final long size;

    GeneratedVideo(long size) {
        try {
            byte[] fixture = FixtureHttpServer.fixtureBytes("valid.mp4");
            long free = size - fixture.length;
            if (free < 8 || free > 0xffff_ffffL) {
                throw new IllegalArgumentException("a generated video has fixture + 8 bytes to 4 GB, not " + size);
            }
            this.head = ByteBuffer.allocate(fixture.length + 8).put(fixture).putInt((int) free).put("free".getBytes(StandardCharsets.US_ASCII)).array();
            this.size = size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long size() {
        return size;
    }

    /** The bytes {@code [from, from + length)} as a stream. */
    InputStream range(long from, long length) {
        return new InputStream() {
            private long position = from;
            private final long end = from + length;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] buffer, int offset, int count) {
                if (position >= end) {
                    return -1;
                }
                int n = (int) Math.min(count, end - position);
                for (int i = 0; i < n; i++) {
                    long at = position + i;
                    buffer[offset + i] = at < head.length ? head[(int) at] : 0;
                }
                position += n;
                return n;
            }
        };
    }
}
