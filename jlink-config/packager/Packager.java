import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * Builds the native installer for the OS it runs on, from target/reeldrop.jar and target/lib.
 * Run by {@code ./mvnw -Ppackage package}, which compiles this folder with javac and runs it. It is
 * Java rather than a shell script so the same code works on Linux, Windows and macOS runners
 * (paths, path separators), and it calls jdeps, jmod, jlink and jpackage in-process through
 * {@link ToolProvider}.
 *
 * <p>Steps: (1) JavaFX platform jars become jmods with their natives split out, so jlink puts the
 * natives in the image's lib/bin folder and JavaFX never unpacks them into the user's home;
 * (2) jlink links only the modules jdeps finds plus jlink-config/extra-modules.txt, with a base
 * CDS archive; (3) jpackage makes an app-image with the other jars on the class path; (4) on
 * Linux, a training run records the classes loaded up to the first frame, which the installed
 * package turns into an AppCDS archive for its final layout; (5) jpackage turns the app-image into
 * the installers. Options are {@code --key value}; see {@link #main}.
 */
public final class Packager {

    private final Map<String, String> opt;
    private final Path config;
    private final Path out;
    private final String os;

    private Packager(Map<String, String> opt) {
        this.opt = opt;
        this.config = Path.of(opt.getOrDefault("config", "jlink-config"));
        this.out = Path.of(opt.getOrDefault("out", "target/package"));
        String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        this.os = name.startsWith("win") ? "windows" : name.startsWith("mac") ? "mac" : "linux";
    }

    /**
     * Options: --name, --main-jar, --main-class, --version (required); --lib (folder of runtime
     * jars, default target/lib); --app-libs true|false (copy non-JavaFX jars beside the app);
     * --runtime (reuse a runtime image instead of linking one); --compress (jlink level, default 0);
     * --types (default: the OS's installers; "app-image" for the image only); --train true|false.
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Expected --option value pairs, got: " + args[i]);
            }
            opt.put(args[i].substring(2), args[i + 1]);
        }
        for (String required : List.of("name", "main-jar", "main-class", "version")) {
            if (!opt.containsKey(required)) {
                throw new IllegalArgumentException("Packager needs --" + required);
            }
        }
        new Packager(opt).run();
    }

    private void run() throws Exception {
        String name = opt.get("name");
        Path lib = Path.of(opt.getOrDefault("lib", "target/lib"));
        List<Path> fxJars = jars(lib, true);
        Path input = prepareInput(lib);
        Path runtime = opt.containsKey("runtime") ? Path.of(opt.get("runtime")) : link(fxJars, input);
        Path image = appImage(name, input, runtime);
        if (os.equals("linux") && Boolean.parseBoolean(opt.getOrDefault("train", "true"))) {
            new StartupTraining(image.resolve("bin").resolve(name), image.resolve("lib/app/app.classlist")).run();
        }
        List<String> types = types();
        if (!types.isEmpty()) {
            deleteTree(out.resolve("installer"));   // no stale installer of an earlier build
        }
        for (String type : types) {
            installer(type, image);
        }
        System.out.println("Packager: app-image " + image + (types.isEmpty() ? "" : ", installers in " + out.resolve("installer")));
    }

    /** The jars the app runs with, minus JavaFX (linked into the runtime instead). */
    private Path prepareInput(Path lib) throws IOException {
        Path input = out.resolve("input").resolve(opt.get("name"));
        deleteTree(input);
        Files.createDirectories(input.resolve("lib"));
        Path mainJar = Path.of(opt.get("main-jar"));
        Files.copy(mainJar, input.resolve(mainJar.getFileName()));
        if (Boolean.parseBoolean(opt.getOrDefault("app-libs", "true"))) {
            for (Path jar : jars(lib, false)) {
                if (JavaCppNatives.isNativeOnlyJar(jar)) {
                    int count = JavaCppNatives.unpack(jar, input.resolve(JavaCppNatives.FOLDER));
                    System.out.println("Packager: " + count + " native libraries from " + jar.getFileName()
                            + " unpacked into the app, so JavaCPP never copies them into the user's home");
                } else {
                    Files.copy(jar, input.resolve("lib").resolve(jar.getFileName()));
                }
            }
        }
        if (os.equals("linux")) {
            // Shipped in the app folder because the deb's maintainer scripts install them from there.
            Files.copy(config.resolve("linux/cds-dump.sh"), input.resolve("cds-dump.sh"));
            Files.copy(config.resolve("linux/reeldrop.desktop"), input.resolve("reeldrop.desktop"));
        }
        return input;
    }

    private Path link(List<Path> fxJars, Path input) throws IOException {
        Path jmods = out.resolve("jmods");
        List<String> modulePath = new ArrayList<>();
        for (Path jar : fxJars) {
            if (isModularJar(jar)) {
                modulePath.add(JavaFxJmod.create(jar, jmods, opt.get("version")).toString());
            }
        }
        String modules = modules(input, fxJars);
        Path runtime = out.resolve("runtime");
        // The jars' names carry the JavaFX version; the jmods made from them keep module names.
        String stamp = Runtime.version() + "|" + modules + "|" + fxJars.stream().map(p -> p.getFileName().toString()).toList()
                + "|compress=" + compression();
        Path stampFile = out.resolve("runtime.stamp");
        if (Files.isDirectory(runtime) && Files.exists(stampFile) && Files.readString(stampFile).equals(stamp)) {
            System.out.println("Packager: runtime image is up to date (" + modules + ")");
            return runtime;
        }
        deleteTree(runtime);
        modulePath.add(0, Path.of(System.getProperty("java.home"), "jmods").toString());
        List<String> args = new ArrayList<>(List.of(
                "--module-path", String.join(java.io.File.pathSeparator, modulePath),
                "--add-modules", modules, "--output", runtime.toString(),
                "--strip-debug", "--no-header-files", "--no-man-pages", "--generate-cds-archive",
                "--compress", compression()));
        tool("jlink", args);
        Files.writeString(stampFile, stamp);
        return runtime;
    }

    /**
     * Uncompressed by default: every installer format compresses its payload anyway, and xz over
     * plain class files beats xz over jlink's zip (measured: the .deb is 15 MB smaller), while
     * the JVM also skips inflating classes at start-up. --compress 2 (or zip-6 on 21+) gives
     * the smaller installed size instead.
     */
    private String compression() {
        String level = opt.getOrDefault("compress", "0");
        if (Runtime.version().feature() >= 21 && level.matches("[0-2]")) {
            return level.equals("0") ? "zip-0" : level.equals("1") ? "string-sharing" : "zip-6";
        }
        return level;
    }

    /** What jdeps finds in the app's jars, plus what reflection and TLS need (extra-modules.txt). */
    private String modules(Path input, List<Path> fxJars) throws IOException {
        List<String> args = new ArrayList<>(List.of("--print-module-deps", "--ignore-missing-deps",
                "--multi-release", String.valueOf(Runtime.version().feature())));
        List<String> fxModular = fxJars.stream().filter(Packager::isModularJar).map(Path::toString).toList();
        if (!fxModular.isEmpty()) {
            args.addAll(List.of("--module-path", String.join(java.io.File.pathSeparator, fxModular)));
        }
        try (Stream<Path> files = Files.walk(input)) {
            files.filter(p -> p.toString().endsWith(".jar")).map(Path::toString).sorted().forEach(args::add);
        }
        TreeSet<String> modules = new TreeSet<>(Arrays.asList(tool("jdeps", args).strip().split(",")));
        for (String line : Files.readAllLines(config.resolve("extra-modules.txt"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                modules.add(line.strip());
            }
        }
        return String.join(",", modules);
    }

    private Path appImage(String name, Path input, Path runtime) throws IOException {
        Path dest = out.resolve("image");
        deleteTree(dest.resolve(os.equals("mac") ? name + ".app" : name));
        List<String> args = new ArrayList<>(List.of("--type", "app-image", "--dest", dest.toString(),
                "--name", name, "--app-version", numericVersion(),
                "--input", input.toString(), "--runtime-image", runtime.toString(),
                "--main-jar", Path.of(opt.get("main-jar")).getFileName().toString(),
                "--main-class", opt.get("main-class"),
                "--icon", icon()));
        if (Files.isDirectory(input.resolve(JavaCppNatives.FOLDER))) {
            JavaCppNatives.JAVA_OPTIONS.forEach(option -> args.addAll(List.of("--java-options", option)));
        }
        args.addAll(argsFile("app-image.args"));
        args.addAll(argsFile("app-image-" + os + ".args"));
        tool("jpackage", args);
        return os.equals("mac") ? dest.resolve(name + ".app") : dest.resolve(name);
    }

    private void installer(String type, Path image) throws IOException {
        Path dest = out.resolve("installer");
        Files.createDirectories(dest);
        List<String> args = new ArrayList<>(List.of("--type", type, "--dest", dest.toString(),
                "--app-image", image.toString(), "--name", opt.get("name"), "--app-version", numericVersion()));
        args.addAll(argsFile("installer.args"));
        args.addAll(argsFile("installer-" + os + ".args"));
        args.addAll(argsFile("installer-" + type + ".args"));
        tool("jpackage", args);
    }

    /** The installers this OS can make; rpm only where rpmbuild exists (Debian lacks it by default). */
    private List<String> types() {
        String requested = opt.getOrDefault("types", "auto");
        if (requested.equals("app-image")) {
            return List.of();
        }
        if (!requested.equals("auto")) {
            return List.of(requested.split(","));
        }
        return switch (os) {
            case "windows" -> List.of("msi");
            case "mac" -> List.of("dmg");
            default -> onPath("rpmbuild") ? List.of("deb", "rpm") : List.of("deb");
        };
    }

    /** Rendered from assets/reeldrop.svg by jlink-config/make-icons.sh. */
    private String icon() {
        return Path.of("assets", "reeldrop." + Map.of("linux", "png", "windows", "ico", "mac", "icns").get(os)).toString();
    }

    /**
     * jpackage needs 1 to 3 numbers; "0.2.0-SNAPSHOT" becomes "0.2.0". macOS bundle versions
     * must not start with 0, so before 1.0 the mac app and .dmg are stamped 1.0.0.
     */
    private String numericVersion() {
        String numeric = opt.get("version").replaceAll("[^0-9.].*$", "").replaceAll("\\.$", "");
        if (numeric.isEmpty() || (os.equals("mac") && numeric.matches("0+(\\..*)?"))) {
            System.out.println("Packager: version " + opt.get("version") + " cannot be a bundle version here; using 1.0.0");
            return "1.0.0";
        }
        return numeric;
    }

    /** An args file: one option per line, its value the rest of the line; # starts a comment. */
    private List<String> argsFile(String fileName) throws IOException {
        Path file = config.resolve(fileName);
        List<String> args = new ArrayList<>();
        if (!Files.exists(file)) {
            return args;
        }
        for (String line : Files.readAllLines(file)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int space = trimmed.indexOf(' ');
            if (space < 0) {
                args.add(trimmed);
            } else {
                args.add(trimmed.substring(0, space));
                args.add(trimmed.substring(space + 1).strip());
            }
        }
        return args;
    }

    static String tool(String name, List<String> args) {
        ToolProvider tool = ToolProvider.findFirst(name)
                .orElseThrow(() -> new IllegalStateException(name + " is missing: run with a full JDK 17+, not a JRE"));
        var text = new java.io.StringWriter();
        var writer = new java.io.PrintWriter(text);
        int code = tool.run(writer, writer, args.toArray(String[]::new));
        writer.flush();
        if (code != 0) {
            throw new IllegalStateException(name + " failed (exit " + code + ") with " + args + ":\n" + text);
        }
        if (!name.equals("jdeps") && !text.toString().isBlank()) {
            System.out.print(text);
        }
        return text.toString();
    }

    static List<Path> jars(Path lib, boolean javaFx) throws IOException {
        try (Stream<Path> files = Files.list(lib)) {
            return files.filter(p -> p.toString().endsWith(".jar"))
                    .filter(p -> p.getFileName().toString().startsWith("javafx-") == javaFx)
                    .sorted().toList();
        }
    }

    /** The platform-neutral javafx-*.jar files are empty stand-ins; only the classified ones are modules. */
    static boolean isModularJar(Path jar) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.getEntry("module-info.class") != null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
