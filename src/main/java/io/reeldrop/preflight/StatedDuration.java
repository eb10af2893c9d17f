package io.reeldrop.preflight;

import java.nio.charset.StandardCharsets;

/**
 * Whether a file's first bytes state its duration in the header, so that what FFmpeg reports
 * from them is the file's own figure and not an estimate from the few bytes it saw. FFmpeg falls
 * back to estimating from the bit rate and the bytes present when a header leaves the duration
 * out; on a prefix that estimate is far too short, and a check must not refuse a long video as
 * "too short" because only its first megabyte was read. Two cases are trusted, the ones whose
 * header carries the duration: an MP4/MOV whose {@code moov/mvhd} is in the prefix with a
 * non-zero duration (not a fragmented MP4 still being written), and a Matroska/WebM whose
 * {@code Info} has a {@code Duration} element before the first cluster (browser recordings
 * often have none).
 */
final class StatedDuration {

    private static final int MATROSKA_DURATION_ID_1 = 0x44;
    private static final int MATROSKA_DURATION_ID_2 = 0x89;
    private static final byte[] MATROSKA_CLUSTER = {0x1F, 0x43, (byte) 0xB6, 0x75};

    private StatedDuration() {
    }

    static boolean in(byte[] prefix, String container) {
        if (container.startsWith("mov")) {
            return mvhdDuration(prefix) > 0;
        }
        if (container.startsWith("matroska")) {
            return matroskaDuration(prefix);
        }
        return false;
    }

    /** The mvhd duration in its own time units, or -1 when moov/mvhd is not in the prefix. */
    static long mvhdDuration(byte[] data) {
        int moov = box(data, 0, data.length, "moov");
        if (moov < 0) {
            return -1;
        }
        int moovEnd = moov + (int) Math.min(data.length - moov, size(data, moov));
        int mvhd = box(data, moov + 8, moovEnd, "mvhd");
        if (mvhd < 0 || mvhd + 40 > data.length) {
            return -1;
        }
        int version = data[mvhd + 8] & 0xFF;
        // version 0: creation, modification (4 bytes each), timescale (4), duration (4);
        // version 1: creation, modification (8 each), timescale (4), duration (8).
        return version == 1 ? read(data, mvhd + 32, 8) : read(data, mvhd + 24, 4);
    }

    /** The offset of the first box of {@code type} among the sibling boxes in [from, to), or -1. */
    private static int box(byte[] data, int from, int to, String type) {
        int at = from;
        while (at + 8 <= to) {
            long size = size(data, at);
            if (type.equals(new String(data, at + 4, 4, StandardCharsets.ISO_8859_1))) {
                return at;
            }
            if (size < 8 || at + size > Integer.MAX_VALUE) {
                return -1;
            }
            at += (int) size;
        }
        return -1;
    }

    private static long size(byte[] data, int at) {
        long size = read(data, at, 4);
        if (size == 1 && at + 16 <= data.length) {
            return read(data, at + 8, 8);
        }
        return size == 0 ? Long.MAX_VALUE : size;
    }

    private static long read(byte[] data, int at, int bytes) {
        long value = 0;
        for (int i = 0; i < bytes; i++) {
            value = value << 8 | (data[at + i] & 0xFF);
        }
        return value;
    }

    private static boolean matroskaDuration(byte[] data) {
        for (int i = 0; i + 3 < data.length; i++) {
            if (data[i] == MATROSKA_CLUSTER[0] && data[i + 1] == MATROSKA_CLUSTER[1] && data[i + 2] == MATROSKA_CLUSTER[2]
                    && data[i + 3] == MATROSKA_CLUSTER[3]) {
                return false;
            }
            // Duration: ID 0x4489, then a one-byte size of a 4- or 8-byte float.
            if ((data[i] & 0xFF) == MATROSKA_DURATION_ID_1 && (data[i + 1] & 0xFF) == MATROSKA_DURATION_ID_2
                    && ((data[i + 2] & 0xFF) == 0x84 || (data[i + 2] & 0xFF) == 0x88)) {
                return true;
            }
        }
        return false;
    }
}
