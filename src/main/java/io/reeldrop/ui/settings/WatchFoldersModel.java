package io.reeldrop.ui.settings;

import io.reeldrop.folderwatch.WatchList;
import io.reeldrop.tracking.SubmissionRules;
import io.reeldrop.ui.form.IndexChoice;
import io.reeldrop.ui.support.ErrorText;
import io.reeldrop.ui.support.TaskExecutor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The watched folders of the profile that is open, each with its index. Folders of other profiles
 * (another account, the sandbox) are kept as they are: an index belongs to one account, so they
 * are shown and watched only while their own profile is open.
 */
public final class WatchFoldersModel {

    /** One folder and the index its new videos go to. */
    public static final class Row {
        private final Path folder;
        private final ObjectProperty<IndexChoice> index;

        Row(Path folder, IndexChoice index) {
            this.folder = folder.toAbsolutePath().normalize();
            this.index = new SimpleObjectProperty<>(index);
        }

        public Path folder() {
            return folder;
        }

        public ObjectProperty<IndexChoice> indexProperty() {
            return index;
        }
    }

    private final TaskExecutor executor;
    private final WatchList store;
    private final String profile;
    private final ObservableList<IndexChoice> indexes;
    private final Supplier<IndexChoice> defaultIndex;
    private final ObservableList<Row> rows = FXCollections.observableArrayList(r -> new Observable[] {r.index});
    private final List<WatchList.Entry> otherProfiles = new ArrayList<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private String loadProblem = "";

    /**
     * @param profile the open profile's id; folders are watched only while it is open
     * @param defaultIndex the index a newly added folder starts with (the form's), or null
     */
    public WatchFoldersModel(TaskExecutor executor, WatchList store, String profile, ObservableList<IndexChoice> indexes,
                             Supplier<IndexChoice> defaultIndex) {
        this.executor = executor;
        this.store = store;
        this.profile = profile;
        this.indexes = indexes;
        this.defaultIndex = defaultIndex;
        rows.addListener((Observable o) -> check());
    }

    /** Reads the list in the background; the rows appear when it is read. */
    public void load() {
        executor.execute(store::load, entries -> {
            otherProfiles.clear();
            List<Row> ours = new ArrayList<>();
            for (WatchList.Entry e : entries) {
                if (e.profile().equals(profile)) {
                    ours.add(new Row(e.folder(), choiceFor(e.indexId())));
                } else {
                    otherProfiles.add(e);
                }
            }
            rows.setAll(ours);
        }, e -> {
            loadProblem = ErrorText.of("Reading the watched folders", e);
            check();
        });
    }

    private IndexChoice choiceFor(String id) {
        return indexes.stream().filter(c -> c.id().equalsIgnoreCase(id)).findFirst()
                .orElse(new IndexChoice(id, null, null));
    }

    /** Adds a folder, with the form's index; a folder already in the list is not added twice. */
    public void add(Path folder) {
        Path normal = folder.toAbsolutePath().normalize();
        if (rows.stream().noneMatch(r -> r.folder().equals(normal))) {
            rows.add(new Row(normal, defaultIndex.get()));
        }
    }

    public void remove(Row row) {
        rows.remove(row);
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** The indexes a row can choose from: the open account's. */
    public ObservableList<IndexChoice> indexes() {
        return indexes;
    }

    /** Why the list cannot be saved, as a sentence; empty when it can. */
    public ReadOnlyStringProperty problem() {
        return problem.getReadOnlyProperty();
    }

    private void check() {
        String found = loadProblem;
        for (Row r : rows) {
            IndexChoice c = r.index.get();
            String indexProblem = c == null ? "No index is chosen." : SubmissionRules.indexProblem(c.id());
            if (found.isEmpty() && indexProblem != null) {
                found = "Choose the index for " + r.folder() + ": " + indexProblem;
            }
        }
        problem.set(found);
    }

    /** Writes the list in the background; then, on the UI thread, {@code done} or {@code failed} (the problem says why). */
    void save(Runnable done, Runnable failed) {
        List<WatchList.Entry> entries = new ArrayList<>(otherProfiles);
        for (Row r : rows) {
            entries.add(new WatchList.Entry(r.folder(), r.index.get().id(), profile));
        }
        executor.execute(() -> {
            store.save(entries);
            return entries.size();
        }, n -> done.run(), e -> {
            problem.set(ErrorText.of("Saving the watched folders", e));
            failed.run();
        });
    }
}
