package io.reeldrop.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.HttpHostConnectException;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Time parsing, network failure wording and configuration from the environment. */
class SmallPartsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2024-03-01T00:00:00Z | 2024-03-01T00:00:00Z",
        "2024-03-01T00:00:00.876Z | 2024-03-01T00:00:00.876Z",
        "2024-03-01t00:00:00.5z | 2024-03-01T00:00:00.500Z",
        "2024-03-01T02:00:00+02:00 | 2024-03-01T00:00:00Z",
        "2024-03-01T02:00:00+0200 | 2024-03-01T00:00:00Z",
        "2024-02-29T19:00:00.123456-05:00 | 2024-03-01T00:00:00.123456Z",
        "2022-06-09 04:50:00.879000+00:00 | 2022-06-09T04:50:00.879Z",
        "2024-03-01T00:00:00.1234567891Z | 2024-03-01T00:00:00.123456789Z",
        "2024-03-01T00:00:00 | 2024-03-01T00:00:00Z",
        "2024-03-01T00:00Z | 2024-03-01T00:00:00Z",
        "2016-12-31T23:59:60Z | 2017-01-01T00:00:00Z",
        "2016-12-31T18:59:60.5-05:00 | 2017-01-01T00:00:00.500Z"})
    void rfc3339TimesAreReadWithOrWithoutFractionsAndOffsets(String text, String expected) {
        assertEquals(Instant.parse(expected), Rfc3339.parseOrNull(text));
    }

    @ParameterizedTest
    @CsvSource({"yesterday", "2024-13-01T00:00:00Z", "2024-03-01T23:59:61Z", "2024-03-01T23:60:60Z", "2024-03-01", "''", "1709251200"})
    void whatIsNotADateTimeReadsAsNull(String text) {
        assertNull(Rfc3339.parseOrNull(text));
    }

    @Test
    void filtersAreWrittenInWholeSeconds() {
        assertEquals("2024-03-01T00:00:00Z", Rfc3339.format(Instant.parse("2024-03-01T00:00:00.999Z")));
    }

    private static NetworkFailure failure(IOException e) {
        return NetworkFailure.of(e, URI.create("https://api.example.com/v1.3"), Duration.ofSeconds(10), Duration.ofSeconds(30));
    }

    @Test
    void networkFailuresAreToldApart() {
        NetworkFailure dns = failure(new UnknownHostException("api.example.com"));
        assertEquals("cannot reach api.example.com: unknown host", dns.phrase());
        assertTrue(dns.neverSent());
        assertFalse(dns.worthRetrying());

        NetworkFailure connectTimeout = failure(new ConnectTimeoutException("connect timed out"));
        assertEquals("cannot reach api.example.com: connecting timed out after 10 s", connectTimeout.phrase());
        assertTrue(connectTimeout.neverSent());

        NetworkFailure refused = failure(new HttpHostConnectException("Connection refused"));
        assertEquals("cannot reach api.example.com: the connection was refused", refused.phrase());
        assertTrue(refused.neverSent() && refused.worthRetrying());

        NetworkFailure handshake = failure(new TlsHandshakeFailure("api.example.com",
                new SSLHandshakeException("PKIX path building failed")));
        assertEquals("cannot reach api.example.com securely: the server's certificate is not trusted (PKIX path "
                + "building failed)", handshake.phrase());
        assertTrue(handshake.neverSent() && handshake.configuration(), "made while connecting: nothing was sent");
        assertFalse(handshake.worthRetrying());

        NetworkFailure midStream = failure(new SSLException("Tag mismatch"));
        assertEquals("the secure connection to api.example.com broke (Tag mismatch)", midStream.phrase());
        assertFalse(midStream.neverSent() || midStream.configuration(), "on an open connection: maybe after sending");

        NetworkFailure readTimeout = failure(new SocketTimeoutException("Read timed out"));
        assertEquals("no answer came from api.example.com within 30 s", readTimeout.phrase());
        assertFalse(readTimeout.neverSent(), "a read timeout comes after sending");

        assertEquals("api.example.com closed the connection without answering",
                failure(new NoHttpResponseException("no response")).phrase());
        assertEquals("the connection to api.example.com broke (Connection reset)",
                failure(new SocketException("Connection reset")).phrase());
    }

    @Test
    void aZeroOrNegativeTimeoutIsRefusedBecauseHttpClientWouldWaitForever() {
        ApiConfig config = ApiConfig.of(URI.create("http://127.0.0.1:9/v1.3"), ApiKey.of("k"));
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> config.withTimeouts(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(1)));
        assertEquals("The connect timeout must be longer than zero, was PT0S.", zero.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> config.withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(-1), Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class,
                () -> config.withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ZERO));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"{\"d\":\"NaN\"}", "{\"d\":\"Infinity\"}", "{\"d\":1e400}", "{\"d\":\"-Infinity\"}"})
    void numbersThatAreNoDurationReadAsAbsent(String json) throws Exception {
        JsonNode node = new ObjectMapper().readTree(json);
        assertNull(JsonFields.number(node, "d"), json);
        assertNull(JsonFields.integer(node, "d"), json);
    }
}
