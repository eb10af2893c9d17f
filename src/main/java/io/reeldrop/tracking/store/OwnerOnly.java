package io.reeldrop.tracking.store;

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
 * The history's files are for their owner only: folders 0700 and files 0600 on POSIX systems.
 * They hold signed video URLs, raw answers of the API and the person's submissions. A file is
 * created with those permissions (never readable by others, even for an instant), and a file
 * left wider by an older build is narrowed when it is next written.
 */
final class OwnerOnly {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private OwnerOnly() {
    }

    /** Creates the folder (and missing parents) owner-only; an existing folder is left as it is. */
    static void folder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        if (POSIX) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(FOLDER));
        } else {
            Files.createDirectories(folder);
        }
    }

    /** Opens a file as {@link FileChannel#open} does, creating it owner-only and narrowing it if it is wider. */
    static FileChannel open(Path file, OpenOption... options) throws IOException {
        FileChannel channel = POSIX
                ? FileChannel.open(file, Set.of(options), new FileAttribute<?>[]{PosixFilePermissions.asFileAttribute(FILE)})
                : FileChannel.open(file, options);
        try {
            narrow(file);
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        return channel;
    }

    /** Makes an existing file owner-only, if it is not already. */
    static void narrow(Path file) throws IOException {
        if (POSIX && !Files.getPosixFilePermissions(file).equals(FILE)) {
            Files.setPosixFilePermissions(file, FILE);
        }
    }
}
