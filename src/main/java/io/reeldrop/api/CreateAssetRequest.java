package io.reeldrop.api;

import java.net.URI;
import java.nio.file.Path;

/**
 * Inputs of {@code POST /assets}. Exactly one of {@code url} (sent as {@code method=url}) and
 * {@code file} (sent as {@code method=direct}, streamed from disk) is set.
 *
 * @param filename the asset's name; null lets the API take it from the file or URL
 */
public record CreateAssetRequest(URI url, Path file, String filename) {

    /** The documented limit of {@code method=direct}; larger files go through a multipart upload. */
    public static final long MAX_DIRECT_BYTES = 200_000_000L;

    public CreateAssetRequest {
        if ((url == null) == (file == null)) {
            throw new IllegalArgumentException("Give either a URL or a file for the asset, not both or neither.");
        }
        if (filename != null && (filename.isBlank() || filename.length() > 255)) {
            throw new IllegalArgumentException("An asset's file name must be 1 to 255 characters long.");
        }
    }

    public static CreateAssetRequest fromUrl(URI url) {
        return new CreateAssetRequest(url, null, null);
    }

    public static CreateAssetRequest fromFile(Path file) {
        return new CreateAssetRequest(null, file, null);
    }

    public CreateAssetRequest withFilename(String name) {
        return new CreateAssetRequest(url, file, name);
    }
}
