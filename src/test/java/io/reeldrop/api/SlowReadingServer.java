package io.reeldrop.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A raw socket server for one upload over a slow or dead link: it reads the body at a set pace
 * (or not at all) and then answers {@code {"_id":"slow"}}. A plain ServerSocket because the test
 * servers read as fast as the loopback allows.
 */
final class SlowReadingServer implements AutoCloseable {

    private final ServerSocket listener = new ServerSocket();
    private final Thread thread;
    private final CountDownLatch closed = new CountDownLatch(1);

    /** @param bytesPerSecond 0 to stop reading after the headers */
    SlowReadingServer(long bytesPerSecond) throws IOException {
        listener.setReceiveBufferSize(32 * 1024);
        listener.bind(new InetSocketAddress("127.0.0.1", 0));
        thread = new Thread(() -> serve(bytesPerSecond), "slow-reading-server");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    private void serve(long bytesPerSecond) {
        try (Socket socket = listener.accept()) {
            InputStream in = socket.getInputStream();
            String headers = readHeaders(in);
            long length = contentLength(headers);
            if (headers.toLowerCase(Locale.ROOT).contains("\r\nexpect: 100-continue")) {
                // As a real server does once it accepts the headers; the link may die afterwards.
                socket.getOutputStream().write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
            }
            if (bytesPerSecond == 0) {
                closed.await(); // a dead link: read nothing more until the test ends
                return;
            }
            byte[] chunk = new byte[16 * 1024];
            for (long read = 0; read < length; ) {
                int n = in.read(chunk, 0, (int) Math.min(chunk.length, length - read));
                if (n < 0) {
                    return;
                }
                read += n;
                LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(1) * n / bytesPerSecond); // the link's pace
            }
            byte[] body = "{\"_id\":\"slow\"}".getBytes(StandardCharsets.UTF_8);
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
        } catch (IOException e) {
            // the client aborted: what the stall test expects
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String readHeaders(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed in headers");
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.US_ASCII);
    }

    private static long contentLength(String headers) {
        for (String line : headers.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                return Long.parseLong(line.substring(15).strip());
            }
        }
        throw new IllegalStateException("no Content-Length in " + headers);
    }

    @Override
    public void close() throws IOException {
        closed.countDown();
        listener.close();
    }
}
