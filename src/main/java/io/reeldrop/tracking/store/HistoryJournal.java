package io.reeldrop.tracking.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@value HistoryStore#JOURNAL}: entries changed since the last full write, one JSON line each
 * ({@code {"seq":n,"upsert":{...}}}), appended and fsynced. It makes the write before a POST
 * cost one short line instead of the whole history; the next full write folds it in and
 * removes it. A torn last line (a crash mid-append) was never acknowledged and is skipped.
 */
final class HistoryJournal {

    private final Path file;
    private final ObjectMapper mapper;

    HistoryJournal(Path file, ObjectMapper mapper) {
        this.file = file;
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
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ByteBuffer buffer = ByteBuffer.wrap(lines.toByteArray());
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            out.force(false);
        }
    }

    void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    /** What replaying found: the document with the lines applied, and the last line number seen. */
    record Replayed(HistoryDocument document, long lastSeq) {
    }

    Replayed replayOnto(HistoryDocument doc, List<String> warnings) {
        long last = doc.journalSeq();
        if (!Files.exists(file)) {
            return new Replayed(doc, last);
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            warnings.add("The history journal " + file + " could not be read (" + e.getMessage()
                    + "); the last few changes before ReelDrop stopped may be missing.");
            return new Replayed(doc, last);
        }
        Map<String, HistoryEntry> byId = new LinkedHashMap<>();
        doc.tasks().forEach(e -> byId.put(e.localId(), e));
        int skipped = 0;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            if (text.isBlank()) {
                continue;
            }
            try {
                JsonNode line = mapper.readTree(text);
                long seq = line.path("seq").asLong(-1);
                last = Math.max(last, seq);
                if (seq > doc.journalSeq()) {
                    HistoryEntry entry = mapper.treeToValue(line.get("upsert"), HistoryEntry.class);
                    byId.put(entry.localId(), entry);
                }
            } catch (IOException | RuntimeException e) {
                if (i < lines.size() - 1) {
                    skipped++;
                }
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
