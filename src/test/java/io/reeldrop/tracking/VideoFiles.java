package io.reeldrop.tracking;

import io.reeldrop.media.Fixtures;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Video files for upload tests: a fixture copied under another name, or a valid MP4 of any size. */
public final class VideoFiles {

    private VideoFiles() {
    }

    public static Path copyFixture(Path folder, String fixture, String name) throws IOException {
        return Files.copy(Fixtures.directory().resolve(fixture), folder.resolve(name));
    }

    /**
     * A playable MP4 of exactly {@code size} bytes: the 5 s fixture followed by one {@code free}
     * box that fills the rest with zeros, written sparse, so a gigabyte costs no disk and no time.
     */
    public static Path generate(Path file, long size) throws IOException {
        byte[] fixture = Files.readAllBytes(Fixtures.directory().resolve("valid.mp4"));
        long free = size - fixture.length;
        if (free < 8 || free > 0xffff_ffffL) {
            throw new IllegalArgumentException("a generated video has the fixture + 8 bytes to 4 GB, not " + size);
        }
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.write(fixture);
            out.write(ByteBuffer.allocate(8).putInt((int) free).put("free".getBytes(StandardCharsets.US_ASCII)).array());
            out.setLength(size);
        }
        return file;
    }
}
