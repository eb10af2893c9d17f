package io.reeldrop.tracking.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@value HistoryStore#JOURNAL}: entries changed since the last full write, one JSON line each
 * ({@code {"seq":n,"upsert":{...}}}), appended and fsynced. It makes the write before a POST
 * cost one short line instead of the whole history; the next full write folds it in and
 * {@linkplain #rotate() keeps it} as {@value HistoryStore#PREVIOUS_JOURNAL}, the lines written
 * since {@value HistoryStore#PREVIOUS} was the current file: should the new file ever be damaged,
 * that copy plus these lines still hold everything, and nothing already sent looks unsent.
 *
 * <p>A crash mid-append leaves a torn last line, which was never acknowledged. It is read
 * byte-wise, so a tear anywhere (even inside a multi-byte character) costs only that line, and
 * the next append first cuts the file back to its last complete line, so the new record is not
 * glued onto the torn one and lost with it.
 */
final class HistoryJournal {

    private final Path file;
    private final Path previous;
    private final ObjectMapper mapper;

    HistoryJournal(Path file, Path previous, ObjectMapper mapper) {
        this.file = file;
        this.previous = previous;
        this.mapper = mapper;
    }

    /** Appends the entries as lines numbered from {@code firstSeq}; durable on return. */
    void append(List<HistoryEntry> entries, long firstSeq) throws IOException {
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        long seq = firstSeq;
        for (HistoryEntry e : entries) {
            ObjectNode line = mapper.createObjectNode();
            line.put("seq", seq++);
            line.set("upsert", mapper.valueToTree(e));
            lines.write(mapper.writeValueAsBytes(line));
            lines.write('\n');
        }
        try (FileChannel out = OwnerOnly.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            long end = completeLength(out);
            if (end < out.size()) {
                out.truncate(end);
            }
            ByteBuffer buffer = ByteBuffer.wrap(lines.toByteArray());
            long at = end;
            while (buffer.hasRemaining()) {
                at += out.write(buffer, at);
            }
            out.force(false);
        }
    }

    /** The length up to and including the last newline: what a torn tail is cut back to. */
    private static long completeLength(FileChannel channel) throws IOException {
        long size = channel.size();
        ByteBuffer one = ByteBuffer.allocate(4096);
        for (long end = size; end > 0; ) {
            long start = Math.max(0, end - one.capacity());
            one.clear().limit((int) (end - start));
            channel.read(one, start);
            for (int i = one.position() - 1; i >= 0; i--) {
                if (one.get(i) == '\n') {
                    return start + i + 1;
                }
            }
            end = start;
        }
        return 0;
    }

    /**
     * Every newline-terminated, non-blank line as bytes. What follows the last newline is a torn
     * append and is left out; bytes are never decoded as a whole, so a tear inside a multi-byte
     * character cannot make the whole file unreadable.
     */
    static List<byte[]> completeLines(byte[] all) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < all.length; i++) {
            if (all[i] == '\n') {
                if (i > start && !isBlank(all, start, i)) {
                    lines.add(Arrays.copyOfRange(all, start, i));
                }
                start = i + 1;
            }
        }
        return lines;
    }

    private static boolean isBlank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != ' ' && b[i] != '\r' && b[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    /**
     * Called once a full write has replaced the history file: the lines it folded in become the
     * previous journal (replacing the one before, whose lines the previous copy now holds). A
     * crash on either side of the rename leaves lines the load skips by number, never a gap.
     */
    void rotate() throws IOException {
        if (!Files.exists(file)) {
            Files.deleteIfExists(previous); // nothing was written since the previous copy was current
            return;
        }
        try {
            Files.move(file, previous, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(file, previous, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** What replaying found: the document with the lines applied, and the last line number seen. */
    record Replayed(HistoryDocument document, long lastSeq) {
    }

    /**
     * Applies the lines of the previous journal, then of the journal, numbered after the
     * document's {@code journalSeq}; lines the document already holds are skipped by number.
     */
    Replayed replayOnto(HistoryDocument doc, List<String> warnings) {
        long last = doc.journalSeq();
        List<byte[]> lines = new ArrayList<>();
        for (Path journal : List.of(previous, file)) {
            if (!Files.exists(journal)) {
                continue;
            }
            try {
                // each file on its own: a torn tail of one must not swallow the other's first line
                lines.addAll(completeLines(Files.readAllBytes(journal)));
            } catch (IOException e) {
                warnings.add("The history journal " + journal + " could not be read (" + e.getMessage()
                        + "); the last few changes before ReelDrop stopped may be missing.");
            }
        }
        if (lines.isEmpty()) {
            return new Replayed(doc, last);
        }
        Map<String, HistoryEntry> byId = new LinkedHashMap<>();
        doc.tasks().forEach(e -> byId.put(e.localId(), e));
        int skipped = 0;
        for (byte[] bytes : lines) {
            try {
                JsonNode line = mapper.readTree(bytes);
                long seq = line.path("seq").asLong(-1);
                last = Math.max(last, seq);
                if (seq > doc.journalSeq()) {
                    HistoryEntry entry = mapper.treeToValue(line.get("upsert"), HistoryEntry.class);
                    byId.put(entry.localId(), entry);
                }
            } catch (IOException | RuntimeException e) {
                skipped++;
            }
        }
        if (skipped > 0) {
            warnings.add(skipped + " damaged line(s) of the history journal " + file + " were skipped; the tasks"
                    + " they described may show an older state until they are refreshed.");
        }
        return new Replayed(new HistoryDocument(doc.schema(), doc.savedAt(), new ArrayList<>(byId.values()),
                doc.etaRatios(), last), last);
    }
}
