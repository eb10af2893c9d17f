package io.reeldrop.adversarial;

import io.reeldrop.tracking.store.HistoryEntry;
import io.reeldrop.tracking.store.HistoryStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * The data-folder states a crash can leave, derived from a {@link CrashTimeline}: each recorded
 * moment, the one unrecorded write step (renamed, journal not yet folded), and byte-wise tears of
 * the journal, the temp file and the history file. Each state knows which moment's history was
 * acknowledged when it happened and what the server held.
 */
final class TornStates {

    /**
     * A state a crash leaves.
     *
     * @param acknowledged the moment whose history had been acknowledged (durably written) when
     *     the crash came
     * @param insideCharacter whether the tear splits a multi-byte UTF-8 character
     */
    record State(String label, Map<String, byte[]> files, CrashTimeline.Moment acknowledged,
                 List<LedgerApi.Held> server, Instant at, boolean insideCharacter) {

        /** Where the journal's last complete line ends. */
        int journalLinesEnd() {
            byte[] journal = files.get(HistoryStore.JOURNAL);
            int end = journal.length;
            while (end > 0 && journal[end - 1] != '\n') {
                end--;
            }
            return end;
        }
    }

    private final List<CrashTimeline.Moment> moments;
    private final Path work;
    private final Path scratch;
    /** One store for every load: a store builds its own JSON mapper, which costs more than a load. */
    private final HistoryStore scratchStore;
    private final Map<Integer, List<HistoryEntry>> acknowledged = new HashMap<>();
    private final Map<String, List<HistoryEntry>> wholeLines = new HashMap<>();
    private final Set<String> restarted = new HashSet<>();
    private int loads;
    private int restarts;
    private final int[] kinds = new int[4];
    private final int[] insideCharacters = new int[4];

    TornStates(List<CrashTimeline.Moment> moments, Path work) {
        this.moments = moments;
        this.work = work;
        this.scratch = work.resolve("scratch");
        this.scratchStore = new HistoryStore(scratch);
    }

    /** Every recorded moment, and after each rename the moment before the journal was folded in. */
    List<State> writeSteps() {
        List<State> states = new ArrayList<>();
        for (int i = 1; i < moments.size(); i++) {
            CrashTimeline.Moment before = moments.get(i - 1);
            CrashTimeline.Moment m = moments.get(i);
            states.add(new State("moment " + i + " (" + m.label() + ")", m.files(), before, m.server(), m.at(), false));
            if (m.label().endsWith("PREVIOUS_KEPT")) {
                Map<String, byte[]> renamed = CrashTimeline.replaced(m.with(HistoryStore.FILE, m.file(CrashTimeline.TEMP)),
                        CrashTimeline.TEMP, null);
                states.add(new State("moment " + i + " renamed, journal not yet folded", renamed, before, m.server(),
                        m.at(), false));
            }
        }
        kinds[0] = states.size();
        return states;
    }

    /** The journal cut at every offset of every append, each against the moment before it. */
    List<State> journalTears() {
        List<State> states = new ArrayList<>();
        for (int i = 1; i < moments.size(); i++) {
            CrashTimeline.Moment before = moments.get(i - 1);
            CrashTimeline.Moment m = moments.get(i);
            byte[] now = m.file(HistoryStore.JOURNAL);
            if (now == null) {
                continue;
            }
            byte[] was = before.file(HistoryStore.JOURNAL) == null ? new byte[0] : before.file(HistoryStore.JOURNAL);
            int from = startsWith(now, was) ? was.length : 0;
            for (int k = from; k < now.length; k++) {
                states.add(new State("moment " + i + " (" + m.label() + "), journal cut at byte " + k + " of "
                        + now.length, m.with(HistoryStore.JOURNAL, Arrays.copyOf(now, k)), before, before.server(),
                        m.at(), continuation(now[k])));
            }
        }
        count(1, states);
        return states;
    }

    /** The largest temp file the writer made, cut at every offset. */
    List<State> tempTears() {
        CrashTimeline.Moment synced = largest("save: TEMP_SYNCED", CrashTimeline.TEMP);
        CrashTimeline.Moment before = moments.get(synced.number() - 1);
        byte[] temp = synced.file(CrashTimeline.TEMP);
        List<State> states = new ArrayList<>();
        for (int k = 0; k < temp.length; k++) {
            states.add(new State("temp file of moment " + synced.number() + " cut at byte " + k + " of " + temp.length,
                    synced.with(CrashTimeline.TEMP, Arrays.copyOf(temp, k)), before, synced.server(), synced.at(),
                    continuation(temp[k])));
        }
        count(2, states);
        return states;
    }

    /**
     * The first history file that holds every video (both batches, just folded in by a save), cut
     * at every offset, beside the previous copy and the journal as they were.
     */
    List<State> historyTears() {
        byte[] last = "Ελληνικά".getBytes(StandardCharsets.UTF_8);
        CrashTimeline.Moment chosen = moments.stream()
                .filter(m -> !m.label().startsWith("save:") && m.file(HistoryStore.FILE) != null
                        && indexOf(m.file(HistoryStore.FILE), last) >= 0)
                .findFirst().orElseThrow(() -> new AssertionError("no history file holds every video"));
        byte[] file = chosen.file(HistoryStore.FILE);
        List<State> states = new ArrayList<>();
        for (int k = 0; k < file.length; k++) {
            states.add(new State("history file of moment " + chosen.number() + " cut at byte " + k + " of "
                    + file.length, chosen.with(HistoryStore.FILE, Arrays.copyOf(file, k)), chosen, chosen.server(),
                    chosen.at(), continuation(file[k])));
        }
        count(3, states);
        return states;
    }

    /** Loads {@code files} as the engine would on start (holding the lock, so repairing). */
    HistoryStore.Loaded load(Map<String, byte[]> files) {
        CrashTimeline.write(scratch, files);
        loads++;
        return scratchStore.load();
    }

    /**
     * The history of {@code s} with the journal's torn tail cut off by hand: what a tear may cost.
     * The same for every tear of one line, so loaded once per line.
     */
    List<HistoryEntry> withoutTornLine(State s) {
        int end = s.journalLinesEnd();
        return wholeLines.computeIfAbsent(s.label().replaceFirst(" cut at byte .*", "") + "@" + end,
                k -> load(CrashTimeline.replaced(s.files(), HistoryStore.JOURNAL,
                        Arrays.copyOf(s.files().get(HistoryStore.JOURNAL), end))).document().tasks());
    }

    /** The history acknowledged when {@code s} happened. */
    List<HistoryEntry> acknowledged(State s) {
        return acknowledged.computeIfAbsent(s.acknowledged().number(), n -> load(s.acknowledged().files()).document()
                .tasks());
    }

    /**
     * Runs {@code restart} on a copy of the state, unless a state with the same loaded history,
     * server and journal tail was already restarted: the engine sees nothing else.
     */
    void restartOnce(State s, HistoryStore.Loaded loaded, BiConsumer<State, Path> restart) {
        byte[] journal = s.files().get(HistoryStore.JOURNAL);
        String key = loaded.document().tasks() + "|" + s.server() + "|" + s.files().keySet() + "|"
                + (journal == null || journal.length == 0 || journal[journal.length - 1] == '\n');
        if (!restarted.add(key)) {
            return;
        }
        Path folder = work.resolve("restart");
        deleteTree(folder);
        CrashTimeline.write(folder, s.files());
        restarts++;
        restart.accept(s, folder);
    }

    private void count(int kind, List<State> states) {
        kinds[kind] = states.size();
        insideCharacters[kind] = (int) states.stream().filter(State::insideCharacter).count();
    }

    String summary() {
        return kinds[0] + " write steps, " + kinds[1] + " journal tears (" + insideCharacters[1] + " inside a character), "
                + kinds[2] + " temp-file tears (" + insideCharacters[2] + "), " + kinds[3] + " history-file tears ("
                + insideCharacters[3] + "); " + (kinds[0] + kinds[1] + kinds[2] + kinds[3]) + " crash states, " + loads
                + " loads, " + restarts + " engine restarts on distinct states";
    }

    private CrashTimeline.Moment largest(String label, String file) {
        return moments.stream().filter(m -> m.label().equals(label) && m.file(file) != null)
                .max(Comparator.comparingInt(m -> m.file(file).length))
                .orElseThrow(() -> new AssertionError("no moment " + label));
    }

    private static boolean continuation(byte b) {
        return (b & 0xC0) == 0x80;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
