package io.reeldrop.sandbox;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * The presigned-URL host, on its own port: answers {@code PUT /upload/{upload}/{chunk}?expires&nonce&signature}
 * as an object store would, with S3-style XML errors and an {@code ETag} (the chunk's MD5) on
 * success. It takes no API key: a request carrying {@code x-api-key} is refused and counted,
 * because the key must never leave the API's origin. Checks, in order: injected faults, the
 * signature, the expiry, the session, the chunk, the URL not yet spent, the declared length.
 * The body is then streamed into place by a {@link ChunkReceiver}.
 */
final class ChunkHandler extends Handler.Abstract {

    private final SandboxStore store;
    private final FaultInjector faults;
    private final PresignedUrls urls;
    private final SandboxWorkers workers;
    private final AtomicLong keysSeen = new AtomicLong();
    private final AtomicLong bytesReceived = new AtomicLong();

    ChunkHandler(SandboxStore store, FaultInjector faults, PresignedUrls urls, SandboxWorkers workers) {
        this.store = store;
        this.faults = faults;
        this.urls = urls;
        this.workers = workers;
    }

    /** Chunk body bytes read from clients, whole chunks and cut-off ones, since the start. */
    long bytesReceived() {
        return bytesReceived.get();
    }

    /** Requests that came to this host with an {@code x-api-key}: a client leaking its key. */
    long apiKeysSeen() {
        return keysSeen.get();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String[] parts = Request.getPathInContext(request).replaceAll("^/+|/+$", "").split("/");
        if (request.getHeaders().get("x-api-key") != null) {
            keysSeen.incrementAndGet();
            return error(response, callback, 400, "InvalidRequest", "An x-api-key header was sent to the presigned upload host."
                    + " The API key belongs to the API's origin only; a presigned URL needs no key.");
        }
        if (parts.length != 3 || !parts[0].equals("upload")) {
            return error(response, callback, 404, "NoSuchKey", "This host only takes chunk PUTs to presigned URLs.");
        }
        if (!request.getMethod().equals("PUT")) {
            response.getHeaders().put(HttpHeader.ALLOW, "PUT");
            return error(response, callback, 405, "MethodNotAllowed", "Presigned chunk URLs take PUT only.");
        }
        FaultInjector.UploadFault fault = faults.nextUploadFault();
        if (fault == FaultInjector.UploadFault.ERROR_500) {
            return error(response, callback, 500, "InternalError", "Injected server error (sandbox fault plan). Retry the PUT.");
        }
        if (fault == FaultInjector.UploadFault.ERROR_503) {
            return error(response, callback, 503, "SlowDown", "Injected 503 (sandbox fault plan). Retry the PUT.");
        }
        PresignedUrls.Claim claim = claim(parts, Request.extractQueryParameters(request));
        if (claim == null || !urls.authentic(claim)) {
            return error(response, callback, 403, "SignatureDoesNotMatch", "The URL's signature does not match. Use the URL exactly as"
                    + " the API gave it, or ask for fresh ones (POST /assets/multipart-uploads/{upload_id}/presigned-urls).");
        }
        return accept(request, response, callback, claim, fault);
    }

    private boolean accept(Request request, Response response, Callback callback, PresignedUrls.Claim claim,
                           FaultInjector.UploadFault fault) {
        Instant now = Instant.now();
        UploadSession session;
        long offset;
        long length;
        synchronized (store.lock()) {
            session = store.uploads().get(claim.uploadId());
            if (fault == FaultInjector.UploadFault.EXPIRED_URL && session != null) {
                session.expiredNonces.add(claim.nonce());
            }
            if (now.toEpochMilli() >= claim.expiresEpochMillis() || session != null && session.expiredNonces.contains(claim.nonce())) {
                return error(response, callback, 403, "AccessDenied", "Request has expired: presigned URLs last one hour."
                        + " Ask for fresh ones (POST /assets/multipart-uploads/{upload_id}/presigned-urls).");
            }
            if (session == null || !session.statusAt(now).equals("active")) {
                return error(response, callback, 404, "NoSuchUpload", "The upload session is "
                        + (session == null ? "unknown" : session.statusAt(now)) + "; no chunk can be put to it.");
            }
            if (claim.chunk() > session.totalChunks) {
                return error(response, callback, 400, "InvalidPart", "The session has " + session.totalChunks + " chunks.");
            }
            UploadSession.Chunk chunk = session.chunk(claim.chunk());
            if (session.spentNonces.contains(claim.nonce())) {
                return error(response, callback, 403, "AccessDenied", "This presigned URL was already used; each works once."
                        + " Ask for a fresh one to upload the chunk again.");
            }
            if (chunk.reportedAt != null) {
                return error(response, callback, 409, "InvalidPartOrder", "Chunk " + claim.chunk() + " is already reported complete.");
            }
            if (chunk.receiving) {
                return error(response, callback, 409, "OperationAborted", "Another PUT of chunk " + claim.chunk() + " is in progress.");
            }
            length = session.chunkLength(claim.chunk());
            long declared = request.getLength();
            if (declared >= 0 && declared != length) {
                return error(response, callback, 400, declared < length ? "IncompleteBody" : "EntityTooLarge", "Chunk "
                        + claim.chunk() + " must have exactly " + length + " bytes (chunk_size, or the rest for the last chunk); "
                        + declared + " were announced.");
            }
            chunk.receiving = true;
            offset = session.chunkOffset(claim.chunk());
        }
        FileChannel channel;
        try {
            channel = FileChannel.open(Path.of(session.path), StandardOpenOption.WRITE);
        } catch (IOException e) {
            synchronized (store.lock()) {
                session.chunk(claim.chunk()).receiving = false;
            }
            return error(response, callback, 500, "InternalError", "The sandbox cannot open the upload file: " + e.getMessage());
        }
        long dropAfter = fault == FaultInjector.UploadFault.DROP_CONNECTION ? length / 2 : -1;
        new ChunkReceiver(request, response, callback, channel, offset, length, dropAfter, faults.slowBodyBytesPerSecond(),
                workers.scheduler, bytesReceived, outcome -> remember(session, claim, outcome)).run();
        return true;
    }

    /** Called once the body ended, broke off or was refused; records it under the lock and saves. */
    private void remember(UploadSession session, PresignedUrls.Claim claim, ChunkReceiver.Outcome outcome) {
        synchronized (store.lock()) {
            UploadSession.Chunk chunk = session.chunk(claim.chunk());
            chunk.receiving = false;
            chunk.updatedAt = Instant.now();
            if (outcome.etag() != null) {
                chunk.etag = outcome.etag();
                chunk.receivedBytes = outcome.bytes();
                chunk.receivedAt = chunk.updatedAt;
                chunk.error = null;
                session.spentNonces.add(claim.nonce());
            } else {
                chunk.etag = null; // part of the old bytes may be overwritten: only a whole new PUT counts
                chunk.error = outcome.problem();
            }
            session.updatedAt = chunk.updatedAt;
        }
        store.save();
    }

    private static PresignedUrls.Claim claim(String[] parts, Fields query) {
        try {
            return new PresignedUrls.Claim(parts[1], Integer.parseInt(parts[2]), Long.parseLong(query.getValue("expires")),
                    query.getValue("nonce"), query.getValue("signature"));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static boolean error(Response response, Callback callback, int status, String code, String message) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/xml");
        response.getHeaders().put(HttpHeader.CONNECTION, "close"); // the body was not read: this connection is done
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>"
                + message.replace("&", "&amp;").replace("<", "&lt;") + "</Message></Error>";
        response.write(true, ByteBuffer.wrap(xml.getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }
}
