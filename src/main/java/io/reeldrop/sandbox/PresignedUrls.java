package io.reeldrop.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Presigned chunk URLs as an object store makes them: the upload and chunk in the path, and in
 * the query an expiry, a nonce (which makes every URL distinct, so each can be spent once) and
 * an HMAC-SHA256 signature over all of it with a key only the sandbox holds. Nothing in such a
 * URL is the API key: whoever holds the URL may put that one chunk, until it expires.
 */
final class PresignedUrls {

    /** One signed URL with the fields the API lists next to it. */
    record Signed(int chunk, String url, Instant expiresAt) {
    }

    /** The query of a URL as received, before it is checked. */
    record Claim(String uploadId, int chunk, long expiresEpochMillis, String nonce, String signature) {
    }

    /** URLs live one hour on the service; here on the time scale. */
    static final Duration LIFETIME = Duration.ofHours(1);

    private final byte[] key;
    private final Supplier<String> origin;
    private final Duration lifetime;
    private final SecureRandom random = new SecureRandom();

    PresignedUrls(String base64Key, Supplier<String> origin, double timeScale) {
        this.key = Base64.getDecoder().decode(base64Key);
        this.origin = origin;
        this.lifetime = Schedule.scaled(LIFETIME, timeScale);
    }

    Signed sign(String uploadId, int chunk, Instant now) {
        Instant expires = now.plus(lifetime);
        byte[] nonceBytes = new byte[12];
        random.nextBytes(nonceBytes);
        String nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(nonceBytes);
        String signature = signature(uploadId, chunk, expires.toEpochMilli(), nonce);
        String url = origin.get() + "/upload/" + uploadId + "/" + chunk + "?expires=" + expires.toEpochMilli()
                + "&nonce=" + nonce + "&signature=" + signature;
        return new Signed(chunk, url, expires);
    }

    /** Whether the claim's signature is the sandbox's own (compared in constant time). */
    boolean authentic(Claim claim) {
        if (claim.signature() == null || claim.nonce() == null) {
            return false;
        }
        byte[] expected = signature(claim.uploadId(), claim.chunk(), claim.expiresEpochMillis(), claim.nonce())
                .getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, claim.signature().getBytes(StandardCharsets.US_ASCII));
    }

    private String signature(String uploadId, int chunk, long expires, String nonce) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal(("PUT\n" + uploadId + "\n" + chunk + "\n" + expires + "\n" + nonce)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
