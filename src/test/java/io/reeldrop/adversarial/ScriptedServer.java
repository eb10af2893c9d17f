package io.reeldrop.adversarial;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A raw-socket HTTP server on 127.0.0.1 that answers every request with the same scripted act,
 * byte for byte: what a broken proxy or a hostile server does, which a well-behaved mock server
 * cannot (an endless body, a reset mid-body, headers past any limit, no HTTP at all). It reads
 * each request in full (answering {@code Expect: 100-continue}) and records its request line.
 */
final class ScriptedServer implements AutoCloseable {

    /** What the server does with one request; the connection is closed after it. */
    @FunctionalInterface
    interface Act {
        void perform(Socket socket, OutputStream out) throws IOException, InterruptedException;
    }

    private final ServerSocket listener;
    private final Act act;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    ScriptedServer(Act act) throws IOException {
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.act = act;
        this.acceptor = new Thread(this::acceptAll, "scripted-server-" + listener.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    String origin() {
        return "http://127.0.0.1:" + port();
    }

    /** Request lines seen, e.g. {@code POST /v1.3/tasks}, in order of arrival. */
    List<String> requests() {
        return List.copyOf(requests);
    }

    long count(String method) {
        return requests.stream().filter(r -> r.startsWith(method + " ")).count();
    }

    private void acceptAll() {
        while (!listener.isClosed()) {
            Socket socket;
            try {
                socket = listener.accept();
            } catch (IOException e) {
                return;
            }
            open.add(socket);
            Thread t = new Thread(() -> serve(socket), "scripted-exchange");
            t.setDaemon(true);
            t.start();
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            String head = readHead(in);
            if (head == null) {
                return;
            }
            String[] lines = head.split("\r\n");
            String[] first = lines[0].split(" ");
            requests.add(first[0] + " " + (first.length > 1 ? first[1] : ""));
            long length = 0;
            boolean chunked = false;
            boolean expectContinue = false;
            for (String line : lines) {
                String lower = line.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(line.substring(15).strip());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("expect:") && lower.contains("100-continue")) {
                    expectContinue = true;
                }
            }
            if (expectContinue) {
                out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
            if (chunked) {
                skipChunked(in);
            } else {
                in.skipNBytes(length);
            }
            act.perform(socket, out);
            out.flush();
        } catch (IOException | InterruptedException e) {
            // the client hung up, or the server is closing: both are part of the script
        } finally {
            open.remove(socket);
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        int b;
        while ((b = in.read()) >= 0) {
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
            if (matched == 4) {
                return head.toString(StandardCharsets.ISO_8859_1);
            }
        }
        return null;
    }

    private static void skipChunked(InputStream in) throws IOException {
        while (true) {
            StringBuilder size = new StringBuilder();
            int b;
            while ((b = in.read()) >= 0 && b != '\n') {
                if (b != '\r') {
                    size.append((char) b);
                }
            }
            long n = Long.parseLong(size.toString().split(";")[0].strip(), 16);
            in.skipNBytes(n + 2);
            if (n == 0) {
                return;
            }
        }
    }

    /** Sends an RST instead of a FIN: the peer's next read fails with "Connection reset". */
    static void reset(Socket socket) throws SocketException {
        socket.setSoLinger(true, 0);
    }

    @Override
    public void close() throws IOException {
        listener.close();
        List<Socket> left = new ArrayList<>(open);
        for (Socket s : left) {
            s.close();
        }
    }
}
