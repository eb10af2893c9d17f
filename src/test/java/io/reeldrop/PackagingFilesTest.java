package io.reeldrop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The files the installers are made from say the same thing as the repository: one licence
 * (Apache-2.0) in LICENSE, the installers' licence text, the rpm's licence type and the pom; and
 * the deb and rpm declare the libraries JavaFX loads at run time, which jpackage's own
 * dependency list missed. jlink-config/verify-deb.sh shows the deb installing them for real.
 */
class PackagingFilesTest {

    private static final Path CONFIG = Path.of("jlink-config");

    @Test
    void everyPlaceNamesTheApacheLicence() throws IOException {
        String licence = Files.readString(Path.of("LICENSE"));
        assertTrue(licence.contains("Apache License\n                           Version 2.0, January 2004"), "LICENSE is the Apache-2.0 text");
        assertTrue(licence.strip().endsWith("limitations under the License."), "LICENSE is the whole text, appendix included");

        String installerText = Files.readString(CONFIG.resolve("LICENSE.txt"));
        assertTrue(installerText.contains("Licensed under the Apache License, Version 2.0"), installerText);
        assertTrue(installerText.endsWith(licence), "the installers' licence text ends with LICENSE, word for word");
        assertTrue(installerText.contains("FFmpeg (LGPL)") && installerText.contains("OpenJFX (GPLv2 with the Classpath Exception)"),
                "the bundled third-party licences are still listed");

        assertTrue(Files.readString(CONFIG.resolve("installer-linux.args")).lines()
                .anyMatch(line -> line.equals("--linux-rpm-license-type Apache-2.0")), "the rpm's License: field");
        assertTrue(Files.readString(Path.of("pom.xml")).replaceAll("\\s+", "")
                .contains("<licenses><license><name>Apache-2.0</name>"), "the pom's <licenses>");
        assertTrue(Files.readString(Path.of("NOTICE")).contains("Apache License, Version 2.0"), "NOTICE");
    }

    @Test
    void theDebDependsOnGtkAndTheLibrariesBesideIt() throws IOException {
        List<String> depends = field(Files.readString(CONFIG.resolve("linux/control")), "Depends");

        assertTrue(depends.containsAll(Set.of("libgtk-3-0", "libxtst6", "libx11-6", "libfontconfig1", "libfreetype6")), depends.toString());
        assertEquals(List.of("libgl1", "libxxf86vm1"), field(Files.readString(CONFIG.resolve("linux/control")), "Recommends"));
    }

    @Test
    void theRpmRequiresGtkAndTheLibrariesBesideIt() throws IOException {
        String spec = Files.readString(CONFIG.resolve("linux/reeldrop.spec"));
        List<String> requires = field(spec, "Requires");

        assertTrue(requires.containsAll(Set.of("gtk3", "libXtst", "libX11", "fontconfig", "freetype", "xdg-utils")), requires.toString());
        assertTrue(!spec.contains("PACKAGE_DEFAULT_DEPENDENCIES"), "jpackage's own list is replaced, not added to");
    }

    /** The comma-separated names of a control-file or spec field. */
    private static List<String> field(String text, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + ": *(.+)$").matcher(text);
        assertTrue(m.find(), "no " + name + ": line");
        return Arrays.stream(m.group(1).split(",")).map(String::strip).toList();
    }
}
