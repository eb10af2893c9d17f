package io.reeldrop.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/**
 * The baseline of {@link MultipartUploadBenchmark}: one plain PUT of a whole file with the JDK's
 * own HTTP client ({@code BodyPublishers.ofFile}), counting the bytes that actually left, so a
 * server that answers early (a body larger than it takes) shows as such and not as a fast PUT.
 */
final class PlainPut {

    /** What one PUT did. */
    record Outcome(int status, long bytesSent, double seconds) {
        double mibPerSecond() {
            return bytesSent / 1048576.0 / seconds;
        }
    }

    private PlainPut() {
    }

    static Outcome put(URI target, Path file) throws IOException, InterruptedException {
        AtomicLong sent = new AtomicLong();
        HttpRequest.BodyPublisher ofFile = HttpRequest.BodyPublishers.ofFile(file);
        HttpRequest.BodyPublisher counting = new HttpRequest.BodyPublisher() {
            @Override
            public long contentLength() {
                return ofFile.contentLength();
            }

            @Override
            public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
                ofFile.subscribe(new Flow.Subscriber<ByteBuffer>() {
                    @Override
                    public void onSubscribe(Flow.Subscription subscription) {
                        subscriber.onSubscribe(subscription);
                    }

                    @Override
                    public void onNext(ByteBuffer item) {
                        sent.addAndGet(item.remaining());
                        subscriber.onNext(item);
                    }

                    @Override
                    public void onError(Throwable throwable) {
                        subscriber.onError(throwable);
                    }

                    @Override
                    public void onComplete() {
                        subscriber.onComplete();
                    }
                });
            }
        };
        HttpClient jdk = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(target).PUT(counting)
                .header("Content-Type", "application/octet-stream").build();
        long start = System.nanoTime();
        HttpResponse<Void> response = jdk.send(request, HttpResponse.BodyHandlers.discarding());
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Outcome(response.statusCode(), sent.get(), seconds);
    }

    /** A loopback Jetty server that reads every PUT body to the end and keeps none of it. */
    static final class Sink implements AutoCloseable {
        private final Server server = new Server();
        private final ServerConnector connector = new ServerConnector(server);

        Sink() throws Exception {
            connector.setHost("127.0.0.1");
            connector.setPort(0);
            server.addConnector(connector);
            server.setHandler(new Handler.Abstract() {
                @Override
                public boolean handle(Request request, Response response, Callback callback) throws Exception {
                    Content.Source.consumeAll(request);
                    response.setStatus(200);
                    response.getHeaders().put("ETag", "\"sink\"");
                    callback.succeeded();
                    return true;
                }
            });
            server.start();
        }

        URI uri() {
            return URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/sink");
        }

        @Override
        public void close() throws Exception {
            server.stop();
        }
    }
}
