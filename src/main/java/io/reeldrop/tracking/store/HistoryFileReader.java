package io.reeldrop.tracking.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Reads {@value HistoryStore#FILE} as forgivingly as the data allows. A file that is not a history
 * at all is moved aside (or, for a reader without the lock, only reported) and the previous copy
 * used. A file whose document is fine but one entry is not (a status a newer build added, a
 * hand edit) keeps every readable entry: the unreadable ones are appended to
 * {@value HistoryStore#QUARANTINE} before the next save drops them from the history, and the
 * person is told which videos they were.
 */
final class HistoryFileReader {

    private static final Logger LOG = Logger.getLogger(HistoryFileReader.class.getName());
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final ObjectMapper mapper;
    private final Clock clock;
    private final boolean repair;
    private final Path quarantine;

    /**
     * @param repair whether this reader holds the lock and may move and write files; a reader
     *     without it only reports what it found
     */
    HistoryFileReader(ObjectMapper mapper, Clock clock, boolean repair, Path quarantine) {
        this.mapper = mapper;
        this.clock = clock;
        this.repair = repair;
        this.quarantine = quarantine;
    }

    /** A file that is there but is not a history this build can read. */
    private static final class UnreadableHistory extends Exception {
        private static final long serialVersionUID = 1L;

        UnreadableHistory(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The document of {@code file}, else of {@code fallback}, else an empty history; never throws for damage. */
    HistoryDocument readOrRecover(Path file, Path fallback, List<String> warnings) {
        try {
            return read(file, warnings);
        } catch (UnreadableHistory e) {
            String where = repair ? "It was moved to " + moveAside(file) + "." : "ReelDrop repairs it the next time"
                    + " the window or a command that changes the history starts.";
            if (fallback != null && Files.exists(fallback)) {
                try {
                    HistoryDocument doc = read(fallback, warnings);
                    warnings.add("The history file " + file + " could not be read (" + e.getMessage() + "). " + where
                            + " The copy saved before it" + savedAtText(doc) + " is used; changes made after that"
                            + " copy may be missing from the list.");
                    return doc;
                } catch (UnreadableHistory again) {
                    String both = repair ? " Both are kept, as " + where.substring("It was moved to ".length())
                            + " and " + moveAside(fallback) : "";
                    warnings.add("Neither the history file nor its previous copy could be read (" + e.getMessage()
                            + ")." + both + " The list starts empty.");
                    return HistoryDocument.empty();
                }
            }
            warnings.add("The history file " + file + " could not be read (" + e.getMessage() + "). " + where
                    + " The list starts empty.");
            return HistoryDocument.empty();
        }
    }

    private static String savedAtText(HistoryDocument doc) {
        return doc.savedAt() == null ? "" : " (saved " + doc.savedAt() + ")";
    }

    private HistoryDocument read(Path file, List<String> warnings) throws UnreadableHistory {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new HistoryException("Cannot read the history file " + file + ": " + e.getMessage()
                    + ". Check the file's permissions.", e);
        }
        try {
            // The common case, a current document, binds directly: half the time of tree-then-bind.
            HistoryDocument current = mapper.readValue(bytes, HistoryDocument.class);
            if (current.schema() == HistoryStore.CURRENT_SCHEMA) {
                return current;
            }
        } catch (IOException | RuntimeException e) {
            // an older schema, a damaged file or one bad entry: the tree below tells which
        }
        JsonNode root;
        try {
            root = mapper.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new UnreadableHistory("it is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new HistoryException("Cannot read the history file " + file + ": " + e.getMessage()
                    + ". Check the file's permissions.", e);
        }
        if (!(root instanceof ObjectNode object)) {
            throw new UnreadableHistory("it does not hold a JSON object", null);
        }
        int schema = SchemaUpgrade.schemaOf(object);
        if (schema > HistoryStore.CURRENT_SCHEMA) {
            // Left untouched on purpose: moving it aside would hide a newer build's history.
            throw new HistoryException("The history file " + file + " was written by a newer ReelDrop (schema "
                    + schema + "; this build reads up to " + HistoryStore.CURRENT_SCHEMA + "). Update ReelDrop, or"
                    + " use another data folder with --data-dir.", null);
        }
        if (schema < 1) {
            throw new UnreadableHistory("it has no schema version", null);
        }
        return bindEntryByEntry(SchemaUpgrade.upgrade(object), schema, warnings);
    }

    /** Binds the document without its tasks, then each task on its own, so one bad task costs only itself. */
    private HistoryDocument bindEntryByEntry(ObjectNode upgraded, int schema, List<String> warnings)
            throws UnreadableHistory {
        JsonNode tasks = upgraded.remove("tasks");
        HistoryDocument shell;
        try {
            shell = mapper.treeToValue(upgraded, HistoryDocument.class);
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
            throw new UnreadableHistory("its content does not match schema " + schema + ": " + e.getMessage(), e);
        }
        if (tasks != null && !tasks.isNull() && !tasks.isArray()) {
            throw new UnreadableHistory("its tasks are not a list", null);
        }
        List<HistoryEntry> good = new ArrayList<>();
        List<JsonNode> bad = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (JsonNode task : tasks == null ? mapper.createArrayNode() : (ArrayNode) tasks) {
            try {
                good.add(mapper.treeToValue(task, HistoryEntry.class));
            } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
                bad.add(task);
                reasons.add(e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage());
            }
        }
        if (!bad.isEmpty()) {
            quarantine(bad, reasons, warnings);
        }
        return new HistoryDocument(HistoryStore.CURRENT_SCHEMA, shell.savedAt(), good, shell.etaRatios(),
                shell.journalSeq());
    }

    private void quarantine(List<JsonNode> bad, List<String> reasons, List<String> warnings) {
        List<String> names = new ArrayList<>();
        for (JsonNode entry : bad) {
            JsonNode video = entry.path("submission");
            String name = video.path("videoUrl").asText(video.path("videoFile").asText(entry.path("localId").asText("?")));
            names.add(name);
        }
        String what = bad.size() + " task(s) of the history could not be read by this build (" + reasons.get(0)
                + "): " + String.join(", ", names) + ".";
        if (!repair) {
            warnings.add(what + " They are set aside the next time the window or a command that changes the history"
                    + " starts; the rest of the history is shown.");
            return;
        }
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < bad.size(); i++) {
            ObjectNode line = mapper.createObjectNode();
            line.put("quarantinedAt", clock.instant().toString());
            line.put("reason", reasons.get(i));
            line.set("entry", bad.get(i));
            lines.append(line).append('\n');
        }
        try (FileChannel out = OwnerOnly.open(quarantine, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ByteBuffer buffer = ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8));
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            out.force(true);
        } catch (IOException e) {
            // Without a copy elsewhere, dropping them from the history would lose them for good.
            throw new HistoryException("Some tasks of the history cannot be read and could not be set aside in "
                    + quarantine + " (" + e.getMessage() + "). Free some disk space and start again.", e);
        }
        warnings.add(what + " They were set aside in " + quarantine + " and the rest of the history is intact.");
    }

    private Path moveAside(Path file) {
        Path aside = file.resolveSibling(file.getFileName() + ".corrupt-" + STAMP.format(clock.instant()));
        for (int n = 2; Files.exists(aside); n++) {
            aside = file.resolveSibling(file.getFileName() + ".corrupt-" + STAMP.format(clock.instant()) + "-" + n);
        }
        try {
            Files.move(file, aside);
        } catch (IOException e) {
            throw new HistoryException("The history file " + file + " cannot be read and could not be moved aside ("
                    + e.getMessage() + "). Move it away by hand and start again.", e);
        }
        Path movedTo = aside;
        LOG.warning(() -> "Unreadable history " + file + " moved to " + movedTo);
        return aside;
    }
}
