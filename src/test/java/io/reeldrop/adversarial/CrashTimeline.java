package io.reeldrop.adversarial;

import io.reeldrop.tracking.store.HistoryEntry;
import io.reeldrop.tracking.store.HistoryStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * What a crash would leave, recorded during one real engine run: the data folder's bytes and the
 * server's tasks at every moment the run could die (each write step, each POST's arrival and
 * commit, each engine step). Also the order in which each entry's versions were written, read
 * back by the store itself, so a test can tell an entry's acknowledged state from an older one.
 */
final class CrashTimeline {

    /** One moment: every file of the data folder (but the lock) and the server's tasks. */
    record Moment(int number, String label, Map<String, byte[]> files, List<LedgerApi.Held> server, Instant at) {

        byte[] file(String name) {
            return files.get(name);
        }

        /** The moment's files with one replaced (null: removed). */
        Map<String, byte[]> with(String name, byte[] bytes) {
            return replaced(files, name, bytes);
        }
    }

    /** The history writer's temp file (not public in the store: nothing outside it should read it). */
    static final String TEMP = "history.json.tmp";

    private final Path folder;
    private final Supplier<List<LedgerApi.Held>> server;
    private final Supplier<Instant> clock;
    private final List<Moment> moments = new ArrayList<>();

    CrashTimeline(Path folder, Supplier<List<LedgerApi.Held>> server, Supplier<Instant> clock) {
        this.folder = folder;
        this.server = server;
        this.clock = clock;
    }

    /** Records the present moment, unless neither the disk nor the server changed since the last. */
    void capture(String label) {
        Map<String, byte[]> files = read(folder);
        List<LedgerApi.Held> tasks = server.get();
        if (!moments.isEmpty()) {
            Moment last = moments.get(moments.size() - 1);
            if (sameFiles(last.files(), files) && last.server().equals(tasks)) {
                return;
            }
        }
        moments.add(new Moment(moments.size(), label, files, tasks, clock.get()));
    }

    List<Moment> moments() {
        return List.copyOf(moments);
    }

    static Map<String, byte[]> read(Path folder) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path p : list.toList()) {
                String name = p.getFileName().toString();
                if (Files.isRegularFile(p) && !name.equals("history.lock")) {
                    files.put(name, Files.readAllBytes(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /**
     * Makes {@code folder} hold exactly {@code files}, touching only files that differ. A changed
     * file is deleted and made anew rather than truncated: ext4 flushes a file truncated and
     * rewritten in place on close, which made thousands of states cost minutes.
     */
    static void write(Path folder, Map<String, byte[]> files) {
        try {
            Files.createDirectories(folder);
            try (Stream<Path> list = Files.list(folder)) {
                for (Path p : list.toList()) {
                    if (Files.isRegularFile(p) && !files.containsKey(p.getFileName().toString())) {
                        Files.delete(p);
                    }
                }
            }
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Path p = folder.resolve(f.getKey());
                if (Files.exists(p)) {
                    if (Files.size(p) == f.getValue().length && Arrays.equals(Files.readAllBytes(p), f.getValue())) {
                        continue;
                    }
                    Files.delete(p);
                }
                Files.write(p, f.getValue(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code files} with one replaced (null: removed). */
    static Map<String, byte[]> replaced(Map<String, byte[]> files, String name, byte[] bytes) {
        Map<String, byte[]> changed = new TreeMap<>(files);
        if (bytes == null) {
            changed.remove(name);
        } else {
            changed.put(name, bytes);
        }
        return changed;
    }

    static boolean sameFiles(Map<String, byte[]> a, Map<String, byte[]> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (String name : a.keySet()) {
            if (!Arrays.equals(a.get(name), b.get(name))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Every version of every entry in the order it was written: per moment the saved document,
     * then the journal's lines, then a document being saved. Each is read by the store itself
     * (alone in {@code scratch}), so the test does not need to know the file format.
     */
    Map<String, List<HistoryEntry>> versions(Path scratch) {
        Map<String, List<HistoryEntry>> versions = new HashMap<>();
        HistoryStore reader = new HistoryStore(scratch); // one store: each builds its own JSON mapper
        for (Moment m : moments) {
            List<Map<String, byte[]>> pieces = new ArrayList<>();
            if (m.file(HistoryStore.FILE) != null) {
                pieces.add(Map.of(HistoryStore.FILE, m.file(HistoryStore.FILE)));
            }
            byte[] journal = m.file(HistoryStore.JOURNAL);
            if (journal != null) {
                int start = 0;
                for (int i = 0; i < journal.length; i++) {
                    if (journal[i] == '\n') {
                        pieces.add(Map.of(HistoryStore.JOURNAL, Arrays.copyOfRange(journal, start, i + 1)));
                        start = i + 1;
                    }
                }
            }
            if (m.file(TEMP) != null) {
                pieces.add(Map.of(HistoryStore.FILE, m.file(TEMP)));
            }
            for (Map<String, byte[]> alone : pieces) {
                write(scratch, alone);
                for (HistoryEntry e : reader.loadReadOnly().document().tasks()) {
                    List<HistoryEntry> mine = versions.computeIfAbsent(e.localId(), id -> new ArrayList<>());
                    if (!mine.contains(e)) {
                        mine.add(e);
                    }
                }
            }
        }
        return versions;
    }
}
