import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * JavaCPP's platform jars (javacpp-*-linux-x86_64.jar, ffmpeg-*-linux-x86_64.jar, ...) hold only
 * native libraries, which JavaCPP copies into ~/.javacpp/cache on first use (about 54 MB for
 * FFmpeg, half a second or more). The packager instead unpacks them once into the app's
 * natives folder and drops the jars; the launcher then runs with
 * -Djava.library.path=$APPDIR/natives -Dorg.bytedeco.javacpp.pathsFirst=true, so JavaCPP loads
 * them in place. Plain .so files also compress better in the installer than deflated jars.
 */
final class JavaCppNatives {

    static final String FOLDER = "natives";
    static final List<String> JAVA_OPTIONS = List.of("-Djava.library.path=$APPDIR/" + FOLDER,
            "-Dorg.bytedeco.javacpp.pathsFirst=true");

    /** org/bytedeco/{library}/{platform}/{file}, e.g. org/bytedeco/ffmpeg/linux-x86_64/libavutil.so.59 */
    private static final Pattern NATIVE = Pattern.compile("org/bytedeco/[^/]+/[a-z]+-[a-z0-9_]+/[^/]+");

    private JavaCppNatives() {
    }

    /** A jar with JavaCPP natives and no classes (META-INF aside) is only a carrier of natives. */
    static boolean isNativeOnlyJar(Path jar) throws IOException {
        boolean natives = false;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (entry.isDirectory() || name.startsWith("META-INF/")) {
                    continue;
                }
                if (!NATIVE.matcher(name).matches()) {
                    return false;
                }
                natives = true;
            }
        }
        return natives;
    }

    /** Unpacks the jar's natives flat into {@code target}; returns how many. */
    static int unpack(Path jar, Path target) throws IOException {
        Files.createDirectories(target);
        int count = 0;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.isDirectory() || !NATIVE.matcher(entry.getName()).matches()) {
                    continue;
                }
                String fileName = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, target.resolve(fileName), StandardCopyOption.REPLACE_EXISTING);
                }
                count++;
            }
        }
        return count;
    }
}
