package io.reeldrop.sandbox;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The sandbox's folders (0700) and state files (0600) are for their owner only on POSIX
 * systems: the state holds the key that signs presigned URLs, and the folders the videos people
 * sent. Created so, never readable by others even for an instant.
 */
final class OwnerOnlyFolders {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private OwnerOnlyFolders() {
    }

    /** Creates the folder (and missing parents) owner-only; an existing folder is left as it is. */
    static Path create(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            if (POSIX) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(FOLDER));
            } else {
                Files.createDirectories(folder);
            }
        }
        return folder;
    }

    /** Opens a file, creating it owner-only, and narrows one an older build left wider. */
    static FileChannel open(Path file, OpenOption... options) throws IOException {
        FileChannel channel = POSIX
                ? FileChannel.open(file, Set.of(options), new FileAttribute<?>[]{PosixFilePermissions.asFileAttribute(FILE)})
                : FileChannel.open(file, options);
        if (POSIX && !Files.getPosixFilePermissions(file).equals(FILE)) {
            Files.setPosixFilePermissions(file, FILE);
        }
        return channel;
    }
}
