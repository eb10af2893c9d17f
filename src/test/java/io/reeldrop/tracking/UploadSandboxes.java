package io.reeldrop.tracking;

import io.reeldrop.sandbox.AssetLimits;
import io.reeldrop.sandbox.SandboxConfig;
import io.reeldrop.sandbox.SandboxServer;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Two sandboxes in a child JVM, for {@link MultipartUploadBenchmark}: one with the service's
 * default chunk sizes, and one that cuts every upload into a single chunk, the target of the
 * plain PUT baseline. Both run the same code in the same process on the same disk, so the
 * baseline is the same server's receiving path with nothing but the cut changed; being another
 * process, their writes (the uploaded assets) are counted apart from the client's.
 */
final class UploadSandboxes implements AutoCloseable {

    private final Process child;
    private final URI chunked;
    private final URI whole;

    private UploadSandboxes(Process child, URI chunked, URI whole) {
        this.child = child;
        this.chunked = chunked;
        this.whole = whole;
    }

    /** Held strongly: java.util.logging forgets a level set on a logger nobody references. */
    private static final Logger ROOT_LOG = Logger.getLogger("");

    /** The child's side: starts both, prints their base URLs, serves until its stdin closes. */
    public static void main(String[] args) throws IOException {
        ROOT_LOG.setLevel(Level.WARNING);
        try (SandboxServer chunkedServer = SandboxServer.start(SandboxConfig.defaults());
             SandboxServer wholeServer = SandboxServer.start(SandboxConfig.defaults()
                     .withAssets(AssetLimits.DEFAULT.withChunks(AssetLimits.FOUR_GIGABYTES, 1)))) {
            System.out.println("chunked " + chunkedServer.baseUrl("1.3"));
            System.out.println("whole " + wholeServer.baseUrl("1.3"));
            System.out.flush();
            while (System.in.read() >= 0) {
                // the parent never writes; end of input means it is done (or gone)
            }
        }
    }

    /** Starts the child JVM and waits for its two URLs. */
    static UploadSandboxes start() throws IOException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", classPath(), UploadSandboxes.class.getName());
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        URI chunked = null;
        URI whole = null;
        for (String line; (chunked == null || whole == null) && (line = out.readLine()) != null; ) {
            if (line.startsWith("chunked ")) {
                chunked = URI.create(line.substring(8).strip());
            } else if (line.startsWith("whole ")) {
                whole = URI.create(line.substring(6).strip());
            }
        }
        if (chunked == null || whole == null) {
            p.destroyForcibly();
            throw new IllegalStateException("the sandbox JVM did not start; see its output above");
        }
        return new UploadSandboxes(p, chunked, whole);
    }

    /**
     * This JVM's class path: under {@code exec:java} the project's classes are on a class loader of
     * their own, not on {@code java.class.path}.
     */
    static String classPath() {
        List<String> entries = new ArrayList<>();
        for (ClassLoader cl = UploadSandboxes.class.getClassLoader(); cl != null; cl = cl.getParent()) {
            if (cl instanceof URLClassLoader u) {
                for (URL url : u.getURLs()) {
                    try {
                        entries.add(Path.of(url.toURI()).toString());
                    } catch (URISyntaxException | IllegalArgumentException e) {
                        // not a file: nothing a child JVM could load from
                    }
                }
            }
        }
        return entries.isEmpty() ? System.getProperty("java.class.path") : String.join(File.pathSeparator, entries);
    }

    /** The sandbox with the default chunk sizes (5 MiB chunks up to about 50 GB). */
    URI chunked() {
        return chunked;
    }

    /** The sandbox that takes a whole file as one chunk. */
    URI whole() {
        return whole;
    }

    long pid() {
        return child.pid();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        child.getOutputStream().close();
        if (!child.waitFor(10, TimeUnit.SECONDS)) {
            child.destroyForcibly();
        }
    }
}
