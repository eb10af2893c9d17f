package io.reeldrop.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * PUTs chunks to presigned URLs the way the vendor's SDK helpers do: the JDK's client, a
 * {@code Content-Type: application/octet-stream}, and no API key (the presigned host is another
 * origin). Also cuts a file into the chunks a session asks for, and computes the ETag to expect.
 */
final class ChunkClient {

    /** One answer of the presigned host. */
    record Put(int status, String etag, String body) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    Put put(String url, byte[] bytes) {
        return put(url, bytes, null);
    }

    /** PUTs {@code bytes}; {@code apiKey}, when given, is sent too (as a leaking client would). */
    Put put(String url, byte[] bytes, String apiKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/octet-stream")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes));
        if (apiKey != null) {
            request.header("x-api-key", apiKey);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Put(response.statusCode(), response.headers().firstValue("ETag").orElse(null), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static byte[] chunk(byte[] file, long chunkSize, int number) {
        int from = (int) ((number - 1) * chunkSize);
        return Arrays.copyOfRange(file, from, (int) Math.min(file.length, from + chunkSize));
    }

    static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
