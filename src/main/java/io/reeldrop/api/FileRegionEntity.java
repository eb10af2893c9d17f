package io.reeldrop.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.AbstractHttpEntity;

/**
 * A request body that is a region of a file, read with positional reads straight from the
 * channel into one small buffer and onto the socket: no copy of the chunk on disk or in memory,
 * and several regions of one channel can be sent at once. Repeatable, so a retry re-reads it.
 */
final class FileRegionEntity extends AbstractHttpEntity {

    /** The file ended before the region did: it was truncated while uploading. */
    static final class FileShrunk extends IOException {
        private static final long serialVersionUID = 1L;

        FileShrunk(long position) {
            super("the file ended at byte " + position + ", before the chunk did");
        }
    }

    private static final int BUFFER = 64 * 1024;

    private final FileChannel channel;
    private final long offset;
    private final long length;

    FileRegionEntity(FileChannel channel, long offset, long length, ContentType type) {
        super(type, null);
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("A file region starts at 0 or later and is not negative in length");
        }
        this.channel = channel;
        this.offset = offset;
        this.length = length;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(BUFFER, Math.max(1, length)));
        long position = offset;
        long end = offset + length;
        while (position < end) {
            buffer.clear().limit((int) Math.min(buffer.capacity(), end - position));
            int n = channel.read(buffer, position);
            if (n < 0) {
                throw new FileShrunk(position);
            }
            out.write(buffer.array(), 0, n);
            position += n;
        }
        out.flush();
    }

    /** For callers that pull rather than push; HttpClient itself uses {@link #writeTo}. */
    @Override
    public InputStream getContent() {
        return new InputStream() {
            private long position = offset;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                long left = offset + length - position;
                if (left <= 0) {
                    return -1;
                }
                int n = channel.read(ByteBuffer.wrap(b, off, (int) Math.min(len, left)), position);
                if (n < 0) {
                    throw new FileShrunk(position);
                }
                position += n;
                return n;
            }
        };
    }

    @Override
    public long getContentLength() {
        return length;
    }

    @Override
    public boolean isRepeatable() {
        return true;
    }

    @Override
    public boolean isStreaming() {
        return false;
    }

    @Override
    public void close() {
        // The channel belongs to the caller, who sends other regions of it.
    }
}
