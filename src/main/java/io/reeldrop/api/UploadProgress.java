package io.reeldrop.api;

/**
 * Told how many bytes of a file upload have gone out; called from the sending thread, every
 * 256 KB or so. An implementation may block for a moment to pace the upload (a bandwidth cap):
 * the bytes wait in the file, not in memory. Blocking for many seconds at a time would look like
 * a stalled upload and be cut.
 */
@FunctionalInterface
public interface UploadProgress {

    UploadProgress NONE = (sent, total) -> { };

    void bytesSent(long sent, long total);
}
