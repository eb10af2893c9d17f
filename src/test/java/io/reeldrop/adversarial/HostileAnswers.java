package io.reeldrop.adversarial;

import io.reeldrop.adversarial.ApiCalls.Family;
import io.reeldrop.api.ApiException.Kind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * The bad answers and situations of the hostile-server table, each with what every family of
 * calls must make of it: the kind of failure and a fragment of the sentence that says what
 * happened ({@code {H}} stands for the server, {@code 127.0.0.1:PORT}), or "returns" where the
 * call needs nothing from the answer (a DELETE answered 200 with junk). Each answer repeats on
 * every request, as a broken proxy or a hostile server does, so retries meet it again.
 */
final class HostileAnswers {

    /** What a call must end with: a failure of {@code kind} whose sentence holds {@code fragment}, or a return. */
    record Expect(Kind kind, String fragment) {
        static final Expect RETURNS = new Expect(null, null);
    }

    /**
     * One hostile answer: what the server does, what each family makes of it, and whether it
     * makes the client wait (or costs megabytes a time), so that it meets a few calls of each
     * family rather than all of them: what it tests happens before the call's own reading.
     */
    record Answer(String name, ScriptedServer.Act act, boolean waits, boolean heavy, Map<Family, Expect> expect) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final String HTML_502 = "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>"
            + "<body><center>nginx</center></body></html>";
    static final String KEY = "tlk_HOSTILEKEY_0123456789abcdef";
    private static final byte[] GZIP_BOMB = gzipOfZeros(64 * 1024 * 1024);

    private HostileAnswers() {
    }

    static List<Answer> all() {
        List<Answer> a = new ArrayList<>();
        a.add(answer("HTML 502 page", reply(502, HTML_502, "Content-Type", "text/html"),
                api(Kind.API_ERROR, "with HTTP 502 from {H}: the body is an HTML page (\"502 Bad Gateway\")"),
                unknown("{H} answered HTTP 502"), chunk(Kind.API_ERROR, "with HTTP 502")));
        a.add(answer("503 with Retry-After of 10^12 s", reply(503, "", "Retry-After", "1000000000000"),
                api(Kind.API_ERROR, "failed with HTTP 503 from {H}: the body is empty"),
                unknown("{H} answered HTTP 503"), chunk(Kind.API_ERROR, "failed with HTTP 503")));
        a.add(answer("429 with Retry-After of 10^12 s", reply(429, "", "Retry-After", "1000000000000"),
                api(Kind.API_ERROR, "failed with HTTP 429 from {H}: the body is empty. You reached the API's rate limit"),
                new Expect(Kind.API_ERROR, "failed with HTTP 429 from {H}"), chunk(Kind.API_ERROR, "failed with HTTP 429")));
        a.add(answer("unknown status 599", reply(599, "{\"code\":\"weird\",\"message\":\"odd\"}"),
                api(Kind.API_ERROR, "with HTTP 599 (weird) from {H}: odd"),
                unknown("{H} answered HTTP 599"), chunk(Kind.API_ERROR, "with HTTP 599, weird: \"odd\"")));
        a.add(answer("unknown status 418 in plain text", reply(418, "I'm a teapot"),
                api(Kind.API_ERROR, "failed with HTTP 418 from {H}: the body is not JSON (it starts with \"I'm a teapot\")"),
                new Expect(Kind.API_ERROR, "failed with HTTP 418 from {H}"), chunk(Kind.API_ERROR, "failed with HTTP 418")));
        a.add(answer("status line that is not HTTP/1.1", send(ascii("HTTP/1.1 abc Huh\r\nConnection: close\r\n\r\n")),
                network("failed"), unknown(""), chunk(Kind.NETWORK, "failed")));
        a.add(answer("no HTTP at all", send(ascii("SSH-2.0-OpenSSH_9.6\r\n")),
                network("{H} closed the connection without answering"), unknown("{H} closed the connection without answering"),
                chunk(Kind.NETWORK, "{H} closed the connection without answering")));
        a.add(answer("closed without an answer", (socket, out) -> { }, network("{H} closed the connection without answering"),
                unknown("{H} closed the connection without answering"),
                chunk(Kind.NETWORK, "{H} closed the connection without answering")));
        a.add(heavy(twoHundred("200 with a body over the 8 MB cap", endlessBody(), "the body is larger than 8 MB")));
        a.add(heavy(twoHundred("200 gzip bomb (1 GB inflated)", gzipBomb(), "the body is larger than 8 MB")));
        a.add(twoHundred("200 JSON nested 200,000 deep", reply(200, "[".repeat(200_000) + "]".repeat(200_000),
                "Content-Type", "application/json"), "the JSON is nested deeper than"));
        a.add(twoHundred("200 JSON that ends mid-object", reply(200, "{\"_id\":\"aaaa", "Content-Type", "application/json"),
                "the JSON breaks off after 12 bytes"));
        a.add(twoHundred("200 JSON array", reply(200, "[{\"_id\":\"a\"}]"), "the body is a JSON array where a JSON object"));
        a.add(twoHundred("204 without a body", send(ascii("HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n")),
                "the body is empty"));
        a.add(answer("200 JSON cut short by the server", send(ascii("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                + "Content-Length: 500\r\nConnection: close\r\n\r\n{\"_id\":\"aa")),
                network("the answer from {H} broke off before its end"),
                unknown("the answer from {H} broke off before its end"),
                chunk(Kind.NETWORK, "the answer from {H} broke off before its end")));
        a.add(answer("reset mid-body", resetMidBody(), network("the connection to {H} broke"),
                unknown("the connection to {H} broke"), chunk(Kind.NETWORK, "the connection to {H} broke")));
        a.add(answer("malformed chunked body", send(ascii("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n"
                + "Connection: close\r\n\r\nzz\r\n{}\r\n0\r\n\r\n")),
                network("{H} sent a malformed answer (Bad chunk header: zz)"), unknown("{H} sent a malformed answer"),
                chunk(Kind.NETWORK, "{H} sent a malformed answer")));
        a.add(answer("a 1 MB header line", send(ascii("HTTP/1.1 200 OK\r\nX-Pad: " + "x".repeat(1024 * 1024)
                + "\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}")),
                network("{H} sent headers beyond ReelDrop's limits (Maximum line length limit exceeded)"),
                unknown("{H} sent headers beyond ReelDrop's limits"), chunk(Kind.NETWORK, "{H} sent headers beyond")));
        a.add(answer("100,000 headers", send(ascii("HTTP/1.1 200 OK\r\n" + "X-A: b\r\n".repeat(100_000)
                + "Content-Length: 2\r\nConnection: close\r\n\r\n{}")),
                network("{H} sent headers beyond ReelDrop's limits (Maximum header count exceeded)"),
                unknown("{H} sent headers beyond ReelDrop's limits"), chunk(Kind.NETWORK, "{H} sent headers beyond")));
        a.add(answer("redirect to another origin", reply(307, "", "Location", "http://elsewhere.invalid:8080/v1.3/x"),
                api(Kind.API_ERROR, "was redirected (HTTP 307) to another site, http://elsewhere.invalid:8080; ReelDrop did"
                        + " not follow, so your API key was not sent there"),
                new Expect(Kind.API_ERROR, "to another site, http://elsewhere.invalid:8080"),
                chunk(Kind.API_ERROR, "was redirected (HTTP 307); ReelDrop does not follow redirects of chunk uploads")));
        a.add(answer("redirect loop within the origin", reply(302, "", "Location", "/v1.3/loop"),
                api(Kind.API_ERROR, "was redirected more than 5 times by {H} (last HTTP 302 to /v1.3/loop)"),
                new Expect(Kind.API_ERROR, "failed with HTTP 302 from {H}"), chunk(Kind.API_ERROR, "was redirected (HTTP 302)")));
        a.add(answer("ANSI escapes and CR LF in the error message", reply(400,
                "{\"code\":\"bad\\u001b[31m\",\"message\":\"red\\u001b[2J\\r\\nFAKE: line\\u0007\"}"),
                api(Kind.API_ERROR, "failed with HTTP 400 (bad?[31m) from {H}: red?[2J FAKE: line?"),
                new Expect(Kind.API_ERROR, "failed with HTTP 400 (bad?[31m) from {H}: red?[2J FAKE: line?"), Expect.RETURNS));
        a.add(answer("the key echoed across the 300-character cut", reply(500, "{\"code\":\"x\",\"message\":\""
                + "m".repeat(290) + KEY + "\"}"),
                api(Kind.API_ERROR, "with HTTP 500 (x) from {H}: mmm"),
                unknown("{H} answered HTTP 500"), chunk(Kind.API_ERROR, "with HTTP 500")));
        a.add(answer("silence after accepting", HostileAnswers::silence, true,
                network("from {H} within"), unknown("from {H} within"), chunk(Kind.NETWORK, "from {H} within")));
        a.add(answer("a trickling body", trickle(), true, network("no complete answer came from {H} within"),
                unknown("no complete answer came from {H} within"),
                chunk(Kind.NETWORK, "no complete answer came from {H} within")));
        a.add(answer("102 Processing forever", processingForever(), true,
                network("no complete answer came from {H} within"), unknown("no complete answer came from {H} within"),
                chunk(Kind.NETWORK, "no complete answer came from {H} within")));
        return a;
    }

    private static Answer answer(String name, ScriptedServer.Act act, Map<Family, Expect> readAndDelete, Expect create,
                                 Expect chunk) {
        return answer(name, act, false, readAndDelete, create, chunk);
    }

    private static Answer answer(String name, ScriptedServer.Act act, boolean waits, Map<Family, Expect> readAndDelete,
                                 Expect create, Expect chunk) {
        Map<Family, Expect> all = new EnumMap<>(readAndDelete);
        all.put(Family.CREATE, create);
        all.put(Family.CHUNK, chunk);
        return new Answer(name, act, waits, false, all);
    }

    private static Answer heavy(Answer a) {
        return new Answer(a.name(), a.act(), a.waits(), true, a.expect());
    }

    /** A 2xx whose body is unusable: reads cannot read it, creates do not know, deletes need no body. */
    private static Answer twoHundred(String name, ScriptedServer.Act act, String reason) {
        Map<Family, Expect> e = new EnumMap<>(Family.class);
        e.put(Family.READ, new Expect(Kind.INVALID_RESPONSE, "from {H}): " + reason));
        e.put(Family.DELETE, Expect.RETURNS);
        e.put(Family.CREATE, new Expect(Kind.OUTCOME_UNKNOWN, "{H} answered HTTP 2"));
        e.put(Family.CHUNK, new Expect(Kind.INVALID_RESPONSE, "without an ETag"));
        return new Answer(name, act, false, false, e);
    }

    private static Map<Family, Expect> api(Kind kind, String fragment) {
        Map<Family, Expect> e = new EnumMap<>(Family.class);
        e.put(Family.READ, new Expect(kind, fragment));
        e.put(Family.DELETE, new Expect(kind, fragment));
        return e;
    }

    private static Map<Family, Expect> network(String fragment) {
        return api(Kind.NETWORK, fragment);
    }

    private static Expect unknown(String fragment) {
        return new Expect(Kind.OUTCOME_UNKNOWN, fragment);
    }

    private static Expect chunk(Kind kind, String fragment) {
        return new Expect(kind, fragment);
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A complete HTTP/1.1 answer that closes the connection. */
    static byte[] http(int status, String body, String... headers) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder("HTTP/1.1 " + status + " Whatever\r\n");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        head.append("Content-Length: ").append(bytes.length).append("\r\nConnection: close\r\n\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ascii(head.toString()));
        out.writeBytes(bytes);
        return out.toByteArray();
    }

    static ScriptedServer.Act send(byte[] bytes) {
        return (socket, out) -> out.write(bytes);
    }

    static ScriptedServer.Act reply(int status, String body, String... headers) {
        return send(http(status, body, headers));
    }

    /** Reads until the client gives up and closes: a server that accepted and will never answer. */
    private static void silence(Socket socket, OutputStream out) throws IOException {
        while (socket.getInputStream().read() >= 0) {
            // swallow whatever comes
        }
    }

    private static ScriptedServer.Act endlessBody() {
        return (socket, out) -> {
            out.write(ascii("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000000000\r\n\r\n{\"p\":\""));
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) 'x');
            for (int i = 0; i < 1_000_000; i++) {
                out.write(chunk); // ends when the client drops the connection
            }
        };
    }

    private static ScriptedServer.Act gzipBomb() {
        return (socket, out) -> {
            // 16 gzip members of 64 MB of zeros each: 1 GB once inflated, 1 MB on the wire.
            out.write(ascii("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\n"
                    + "Content-Length: " + 16L * GZIP_BOMB.length + "\r\nConnection: close\r\n\r\n"));
            for (int i = 0; i < 16; i++) {
                out.write(GZIP_BOMB);
            }
        };
    }

    private static ScriptedServer.Act resetMidBody() {
        return (socket, out) -> {
            out.write(ascii("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{\"_id\":"));
            out.flush();
            ScriptedServer.reset(socket);
        };
    }

    private static ScriptedServer.Act trickle() {
        return (socket, out) -> {
            out.write(ascii("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n"));
            for (int i = 0; i < 100_000; i++) {
                out.write(' ');
                out.flush();
                Thread.sleep(20); // the trickle's pace: a byte now and then, never silent for long
            }
        };
    }

    private static ScriptedServer.Act processingForever() {
        return (socket, out) -> {
            for (int i = 0; i < 10_000; i++) {
                out.write(ascii("HTTP/1.1 102 Processing\r\n\r\n"));
                out.flush();
                Thread.sleep(20); // interim answers, each well within the read timeout
            }
        };
    }

    private static byte[] gzipOfZeros(int size) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(bytes)) {
            byte[] zeros = new byte[1024 * 1024];
            for (int written = 0; written < size; written += zeros.length) {
                gz.write(zeros);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
