package io.reeldrop.sandbox;

/**
 * The service's size rules for assets, and how the sandbox cuts multipart uploads. The defaults
 * are the documented ones: 200 MB for a direct upload, 4 GB for a URL or a multipart upload.
 * Tests shrink them to exercise the limits without gigabytes.
 *
 * @param directBytes largest {@code method=direct} file
 * @param urlBytes largest {@code method=url} download
 * @param multipartBytes largest {@code total_size} of a multipart upload session
 * @param minChunkBytes chunk size for files up to {@code minChunkBytes * maxChunks}; larger
 *                      files get larger chunks, so no session has more than {@code maxChunks}
 * @param maxChunks most chunks a session is cut into
 * @param initialUrls presigned URLs in the answer that opens a session (the rest are asked for)
 */
public record AssetLimits(long directBytes, long urlBytes, long multipartBytes, long minChunkBytes, int maxChunks, int initialUrls) {

    public static final long MEGABYTE = 1000L * 1000;
    public static final long MEBIBYTE = 1024L * 1024;
    public static final long FOUR_GIGABYTES = 4L * 1024 * 1024 * 1024;
    public static final AssetLimits DEFAULT = new AssetLimits(200 * MEGABYTE, FOUR_GIGABYTES, FOUR_GIGABYTES,
            5 * MEBIBYTE, 10_000, 10);

    public AssetLimits {
        if (directBytes < 1 || urlBytes < 1 || multipartBytes < 1 || minChunkBytes < 1 || maxChunks < 1 || initialUrls < 1) {
            throw new IllegalArgumentException("asset limits must be positive");
        }
    }

    /** The chunk size for a file of {@code totalSize} bytes. */
    long chunkSizeFor(long totalSize) {
        long perChunk = (totalSize + maxChunks - 1) / maxChunks;
        if (perChunk <= minChunkBytes) {
            return minChunkBytes;
        }
        return (perChunk + MEBIBYTE - 1) / MEBIBYTE * MEBIBYTE; // whole MiB, as object stores cut parts
    }

    public AssetLimits withDirectBytes(long value) {
        return new AssetLimits(value, urlBytes, multipartBytes, minChunkBytes, maxChunks, initialUrls);
    }

    public AssetLimits withUrlBytes(long value) {
        return new AssetLimits(directBytes, value, multipartBytes, minChunkBytes, maxChunks, initialUrls);
    }

    public AssetLimits withMultipartBytes(long value) {
        return new AssetLimits(directBytes, urlBytes, value, minChunkBytes, maxChunks, initialUrls);
    }

    public AssetLimits withChunks(long minChunk, int max) {
        return new AssetLimits(directBytes, urlBytes, multipartBytes, minChunk, max, initialUrls);
    }

    public AssetLimits withInitialUrls(int value) {
        return new AssetLimits(directBytes, urlBytes, multipartBytes, minChunkBytes, maxChunks, value);
    }
}
