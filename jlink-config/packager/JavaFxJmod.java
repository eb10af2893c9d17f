import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Turns a JavaFX platform jar from Maven Central (a real module with its native libraries stored
 * as plain resources at the jar's root) into a jmod whose natives are declared as native
 * libraries. jlink then writes them into the image's lib (bin on Windows) folder where
 * System.loadLibrary finds them, and because they are no longer resources inside the module,
 * JavaFX cannot fall back to unpacking copies into ~/.openjfx/cache at run time.
 * This stands in for Gluon's jmods download, which this build cannot reach.
 */
final class JavaFxJmod {

    private JavaFxJmod() {
    }

    static Path create(Path jar, Path jmodsDir, String fallbackVersion) throws IOException {
        ModuleDescriptor descriptor = ModuleFinder.of(jar).findAll().iterator().next().descriptor();
        Path jmod = jmodsDir.resolve(descriptor.name() + ".jmod");
        if (Files.exists(jmod) && Files.getLastModifiedTime(jmod).compareTo(Files.getLastModifiedTime(jar)) > 0) {
            return jmod;
        }
        Path work = jmodsDir.resolve("work").resolve(descriptor.name());
        Packager.deleteTree(work);
        Path classes = Files.createDirectories(work.resolve("classes"));
        Path libs = Files.createDirectories(work.resolve("libs"));
        int natives = 0;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (entry.isDirectory() || name.equals("META-INF/MANIFEST.MF")) {
                    continue;
                }
                boolean nativeLib = !name.contains("/") && name.matches(".*\\.(so|dll|dylib)$");
                Path target = (nativeLib ? libs : classes).resolve(name).normalize();
                if (!target.startsWith(work)) {
                    throw new IOException("Refusing entry outside the work folder: " + name + " in " + jar);
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                natives += nativeLib ? 1 : 0;
            }
        }
        Files.deleteIfExists(jmod);
        String version = descriptor.rawVersion().orElse(fallbackVersion);
        Packager.tool("jmod", List.of("create", "--class-path", classes.toString(),
                "--libs", libs.toString(), "--module-version", version, jmod.toString()));
        System.out.println("Packager: " + jmod.getFileName() + " from " + jar.getFileName() + " (" + natives + " native libraries)");
        Packager.deleteTree(work);
        return jmod;
    }
}
