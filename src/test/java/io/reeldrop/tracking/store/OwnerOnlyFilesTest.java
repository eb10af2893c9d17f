package io.reeldrop.tracking.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.tracking.model.Submission;
import io.reeldrop.tracking.model.SubmissionState;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The history's folder is created 0700 and every file in it 0600 (issue 11, item 8): they hold
 * signed URLs and raw answers. A file an older build left readable by others is narrowed.
 */
class OwnerOnlyFilesTest {

    private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");

    @TempDir
    Path root;

    @BeforeEach
    void posixOnly() {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
                "permissions are POSIX's");
    }

    private static HistoryEntry entry(String localId, SubmissionState state) {
        return HistoryEntry.builder(localId, "https://api.twelvelabs.io/v1.3",
                Submission.ofUrl("0123456789abcdef01234567", null, "https://cdn.example.com/v.mp4?X-Sig=secret"), T0)
                .state(state).build();
    }

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void theFolderAndEveryFileOfTheHistoryAreTheOwnersOnly() throws IOException {
        Path folder = root.resolve("new").resolve("reeldrop");
        HistoryStore store = new HistoryStore(folder);
        try (HistoryStore.Lock lock = store.lockExclusive()) {
            store.append(List.of(entry("a", SubmissionState.SENDING)));
            store.save(new HistoryDocument(HistoryStore.CURRENT_SCHEMA, null, List.of(entry("a", SubmissionState.SENT)),
                    null));
            store.save(new HistoryDocument(HistoryStore.CURRENT_SCHEMA, null, List.of(entry("b", SubmissionState.SENT)),
                    null));
            store.append(List.of(entry("c", SubmissionState.SENDING)));
            // An entry this build cannot read goes to the quarantine file.
            Path file = folder.resolve(HistoryStore.FILE);
            Files.writeString(file, Files.readString(file).replace("\"SENT\"", "\"FROM_A_NEWER_BUILD\""));
            assertEquals(1, store.load().warnings().size());
        }
        assertEquals("rwx------", mode(folder));
        assertEquals("rwx------", mode(folder.getParent()), "parents made for it too");
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> all = files.toList();
            assertTrue(all.stream().anyMatch(p -> p.endsWith(HistoryStore.QUARANTINE)), all.toString());
            assertTrue(all.stream().anyMatch(p -> p.endsWith(HistoryStore.JOURNAL)), all.toString());
            assertTrue(all.stream().anyMatch(p -> p.endsWith(HistoryStore.PREVIOUS)), all.toString());
            for (Path p : all) {
                assertEquals("rw-------", mode(p), p.toString());
            }
        }
    }

    @Test
    void filesAnOlderBuildLeftReadableByOthersAreNarrowedWhenWritten() throws IOException {
        Path folder = Files.createDirectories(root.resolve("old"));
        Path journal = Files.createFile(folder.resolve(HistoryStore.JOURNAL),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));
        Path temp = Files.createFile(folder.resolve("history.json.tmp"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-rw-rw-")));
        HistoryStore store = new HistoryStore(folder);
        store.append(List.of(entry("a", SubmissionState.SENDING)));
        assertEquals("rw-------", mode(journal));
        store.save(new HistoryDocument(HistoryStore.CURRENT_SCHEMA, null, List.of(entry("a", SubmissionState.SENT)), null));
        assertEquals("rw-------", mode(folder.resolve(HistoryStore.FILE)), "written through a temp left wide: " + temp);
    }
}
