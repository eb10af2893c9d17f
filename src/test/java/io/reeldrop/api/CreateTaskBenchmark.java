package io.reeldrop.api;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Creates 1,000 URL tasks against a local server with N requests in flight and reports wall
 * time, requests per second and how many TCP connections the server accepted over the warm-up
 * and the run (at most N when the pool reuses its connections). Not a test: run it by hand.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.reeldrop.api.CreateTaskBenchmark -Dexec.args="8 1000"
 * </pre>
 */
public final class CreateTaskBenchmark {

    private CreateTaskBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int concurrency = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int total = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        try (BenchmarkServer server = new BenchmarkServer()) {
            ApiConfig config = ApiConfig.of(URI.create("http://127.0.0.1:" + server.port() + "/v1.3"),
                    ApiKey.of("benchmark-key")).withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(60));
            try (TwelveLabsClient client = TwelveLabsClient.builder(config).maxConnections(concurrency).build()) {
                // Warm-up (class loading, JIT) on the same pool, so its connections count too.
                server.resetCounts();
                run(client, concurrency, 50);
                long start = System.nanoTime();
                List<Long> latencies = run(client, concurrency, total);
                double seconds = (System.nanoTime() - start) / 1e9;
                latencies.sort(null);
                System.out.printf(Locale.ROOT, "created %d tasks with %d concurrent requests%n", total, concurrency);
                System.out.printf(Locale.ROOT, "wall time        %.3f s%n", seconds);
                System.out.printf(Locale.ROOT, "requests/s       %.0f%n", total / seconds);
                System.out.printf(Locale.ROOT, "latency p50/p99  %.2f / %.2f ms%n",
                        latencies.get(total / 2) / 1e6, latencies.get(total * 99 / 100) / 1e6);
                System.out.printf(Locale.ROOT, "server answered  %d POST /tasks (50 warm-up + %d)%n", server.requests(), total);
                System.out.printf(Locale.ROOT, "connections      %d (limit %d: %s)%n", server.connectionsOpened(), concurrency,
                        server.connectionsOpened() <= concurrency ? "pool reused" : "TOO MANY");
                if (server.connectionsOpened() > concurrency) {
                    System.exit(1);
                }
            }
        }
    }

    private static List<Long> run(TwelveLabsClient client, int concurrency, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<Long>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                URI video = URI.create("https://videos.example.com/clip-" + i + ".mp4");
                futures.add(pool.submit(() -> {
                    long t = System.nanoTime();
                    client.createTask(CreateTaskRequest.fromUrl("bench-index", video));
                    return System.nanoTime() - t;
                }));
            }
            List<Long> latencies = new ArrayList<>();
            for (Future<Long> f : futures) {
                latencies.add(f.get());
            }
            return latencies;
        } finally {
            pool.shutdown();
        }
    }
}
