package io.reeldrop.api;

/** Told how many bytes of a file upload have gone out; called from the sending thread. */
@FunctionalInterface
public interface UploadProgress {

    UploadProgress NONE = (sent, total) -> { };

    void bytesSent(long sent, long total);
}
