package io.reeldrop.ui.form;

import io.reeldrop.api.ApiVersion;
import io.reeldrop.tracking.model.Submission;
import io.reeldrop.tracking.SubmitOutcome;
import io.reeldrop.tracking.TrackedTask;
import io.reeldrop.session.Session;
import io.reeldrop.ui.support.ErrorText;
import io.reeldrop.ui.support.TaskExecutor;
import io.reeldrop.ui.support.UiPreference;
import io.reeldrop.ui.support.UiPreferences;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The submission form's state: which index, which language, which URLs and files; the checks
 * shown beside each input; and Submit, which runs on the executor so the window never waits.
 */
public final class FormViewModel {

    private final TaskExecutor executor;
    private final UiPreferences prefs;
    private final UploadProgressModel upload = new UploadProgressModel();
    private final BatchOptions options = new BatchOptions();
    private Session backend;
    private boolean indexListLoaded;

    private final ObservableList<IndexChoice> indexes = FXCollections.observableArrayList();
    private final StringProperty indexText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper indexProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper indexStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loadingIndexes = new ReadOnlyBooleanWrapper();
    private final StringProperty language = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper languageHint = new ReadOnlyStringWrapper("");
    private final StringProperty urls = new SimpleStringProperty("");
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper submitting = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");

    public FormViewModel(TaskExecutor executor, UiPreferences prefs) {
        this.executor = executor;
        this.prefs = prefs;
        language.set(prefs.getString(UiPreference.LANGUAGE));
        indexText.addListener((o, a, b) -> checkIndex());
        urls.addListener((o, a, b) -> checkLines());
    }

    /** Points the form at a (new) connection and reloads the index list from it. */
    public void setBackend(Session newBackend) {
        this.backend = newBackend;
        ApiVersion v = newBackend.connection().version();
        languageHint.set(v.takesLanguage()
                ? "Sent to the API as the task's language field (API v1.2 accepts \"en\"). Leave empty to send nothing."
                : "API v1.3 has no language field: ReelDrop sends it inside user_metadata as {\"language\": \"...\"}. "
                        + "Leave empty to send nothing.");
        options.configure(v, prefs.getBoolean(UiPreference.LEGACY_TASKS_FLOW));
        indexes.clear();
        indexListLoaded = false;
        String preselect = newBackend.connection().preselectIndexId();
        String remembered = prefs.getString(UiPreference.LAST_INDEX_ID);
        indexText.set(preselect != null ? preselect : remembered);
        refreshIndexes();
    }

    /** The settings were saved: the flow follows the legacy-flow switch from the next Submit. */
    public void settingsChanged() {
        if (backend != null) {
            options.configure(backend.connection().version(), prefs.getBoolean(UiPreference.LEGACY_TASKS_FLOW));
        }
    }

    public void refreshIndexes() {
        Session b = backend;
        if (b == null || loadingIndexes.get()) {
            return;
        }
        loadingIndexes.set(true);
        indexStatus.set("Loading indexes\u2026");
        executor.execute(b::listIndexes, list -> {
            loadingIndexes.set(false);
            if (b != backend) {
                return;
            }
            String typed = indexText.get() == null ? "" : indexText.get().strip();
            // The box usually shows the label of the last list ("sandbox (0 videos)"); find the
            // id it stands for before the list changes, or the old count would stay forever.
            String chosenId = indexes.stream().filter(c -> c.label().equals(typed)).map(IndexChoice::id)
                    .findFirst().orElse(typed);
            indexes.setAll(list.stream().map(IndexChoice::of).collect(Collectors.toList()));
            indexListLoaded = true;
            // A bare id that names a listed index reads better as the index's name and count;
            // text that names no index (half typed, say) is left as it is.
            String shown = indexes.stream().filter(c -> c.id().equals(chosenId)).map(IndexChoice::label)
                    .findFirst().orElse(typed);
            indexStatus.set(list.isEmpty() ? "This account has no index yet; create one with the + button beside the box."
                    : list.size() == 1 ? "1 index" : list.size() + " indexes");
            if (!shown.equals(typed)) {
                indexText.set(shown);
            }
            checkIndex();
        }, e -> {
            loadingIndexes.set(false);
            indexStatus.set(ErrorText.of("Loading the indexes", e) + " You can still type an index id.");
            checkIndex();
        });
    }

    /**
     * Chooses an index just created: it joins the list at once (with no videos yet), so the
     * box names it even before the reload that follows has answered.
     */
    public void indexCreated(String id, String name) {
        indexes.removeIf(c -> c.id().equals(id));
        indexes.add(new IndexChoice(id, name, 0));
        indexListLoaded = true;
        indexText.set(indexes.get(indexes.size() - 1).label());
        prefs.put(UiPreference.LAST_INDEX_ID, id);
        refreshIndexes();
    }

    /** Adds dropped or pasted text: each line becomes a URL line (files go through {@link #addFiles}). */
    public void appendUrls(String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        String current = urls.get() == null ? "" : urls.get();
        String sep = current.isEmpty() || current.endsWith("\n") ? "" : "\n";
        urls.set(current + sep + text.strip() + "\n");
    }

    public void addFiles(List<Path> paths) {
        for (Path p : paths) {
            if (!files.contains(p)) {
                files.add(p);
            }
        }
    }

    /**
     * Adds what was dropped on the window: files as they are, folders as the video files in them,
     * and says in the result line what a folder added or why it added nothing.
     */
    public void addDropped(List<Path> paths) {
        DroppedPaths dropped = DroppedPaths.of(paths);
        addFiles(dropped.files());
        if (!dropped.notes().isEmpty()) {
            result.set(String.join(" ", dropped.notes()));
        }
    }

    public void removeFile(Path p) {
        files.remove(p);
    }

    public void submit() {
        if (submitting.get()) {
            return;
        }
        if (backend == null) {
            result.set("ReelDrop is still connecting; nothing was sent. Press Submit again in a moment.");
            return;
        }
        IndexField.Resolution index = IndexField.resolve(indexText.get(), indexes, indexListLoaded);
        if (index.problem() != null) {
            indexProblem.set(index.problem());
            result.set("Nothing was sent: " + lowerFirst(index.problem()));
            return;
        }
        String optionsProblem = options.problem();
        if (optionsProblem != null) {
            result.set("Nothing was sent: " + lowerFirst(optionsProblem));
            return;
        }
        String lang = language.get() == null ? "" : language.get().strip();
        List<String> localProblems = new ArrayList<>();
        List<String> keptLines = new ArrayList<>();
        List<Submission> toSend = new ArrayList<>();
        List<UrlLines.Line> sentLines = new ArrayList<>();
        for (UrlLines.Line line : UrlLines.parse(urls.get())) {
            String problem = UrlLines.problem(line.text());
            if (problem != null) {
                localProblems.add(lineProblem(line, problem));
                keptLines.add(line.text());
            } else {
                toSend.add(options.apply(Submission.ofUrl(index.indexId(), lang.isEmpty() ? null : lang, line.text())));
                sentLines.add(line);
            }
        }
        List<Path> sentFiles = new ArrayList<>(files);
        for (Path f : sentFiles) {
            toSend.add(options.apply(Submission.ofFile(index.indexId(), lang.isEmpty() ? null : lang, f)));
        }
        if (toSend.isEmpty()) {
            problems.setAll(localProblems);
            result.set(localProblems.isEmpty() ? "Nothing to send: paste at least one video URL or add a file."
                    : "Nothing was sent: fix the lines marked below.");
            return;
        }
        prefs.put(UiPreference.LANGUAGE, lang);
        prefs.put(UiPreference.LAST_INDEX_ID, index.indexId());
        submitting.set(true);
        result.set("Sending " + toSend.size() + (toSend.size() == 1 ? " video\u2026" : " videos\u2026"));
        List<Submission> batch = List.copyOf(toSend);
        executor.execute(() -> backend.tracker().submit(batch),
                outcomes -> onSubmitted(outcomes, sentLines, sentFiles, keptLines, localProblems),
                e -> {
                    submitting.set(false);
                    result.set(ErrorText.of("Submitting", e) + " Your lines are still in the box.");
                });
    }

    private void onSubmitted(List<SubmitOutcome> outcomes, List<UrlLines.Line> sentLines, List<Path> sentFiles,
                             List<String> keptLines, List<String> allProblems) {
        int accepted = 0;
        int duplicates = 0;
        for (int i = 0; i < outcomes.size(); i++) {
            SubmitOutcome out = outcomes.get(i);
            boolean isLine = i < sentLines.size();
            String where = isLine ? "Line " + sentLines.get(i).number() + " (" + sentLines.get(i).text() + ")"
                    : sentFiles.get(i - sentLines.size()).getFileName().toString();
            switch (out.kind()) {
                case ACCEPTED -> accepted++;
                case DUPLICATE -> {
                    duplicates++;
                    allProblems.add(where + ": already in the list, not sent again.");
                }
                case REJECTED -> {
                    allProblems.add(where + ": " + out.problem());
                    if (isLine) {
                        keptLines.add(sentLines.get(i).text());
                    }
                    continue;
                }
                default -> { }
            }
            if (!isLine) {
                files.remove(sentFiles.get(i - sentLines.size()));
            }
        }
        urls.set(keptLines.isEmpty() ? "" : String.join("\n", keptLines) + "\n");
        problems.setAll(allProblems);
        submitting.set(false);
        int bad = allProblems.size() - duplicates;
        StringBuilder msg = new StringBuilder(accepted == 1 ? "1 video sent" : accepted + " videos sent");
        if (duplicates > 0) {
            msg.append("; ").append(duplicates).append(" already in the list");
        }
        if (bad > 0) {
            msg.append("; ").append(bad).append(bad == 1 ? " line needs" : " lines need").append(" attention (still in the box)");
        }
        result.set(msg.append('.').toString());
    }

    /** Follows file uploads for the form's progress bar; called with every engine batch. */
    public void observe(List<TrackedTask> changed) {
        upload.observe(changed);
    }

    public UploadProgressModel upload() {
        return upload;
    }

    /** The batch's flow, user metadata and streaming choice. */
    public BatchOptions options() {
        return options;
    }

    private void checkIndex() {
        String text = indexText.get();
        if (text == null || text.isBlank()) {
            indexProblem.set("");
            return;
        }
        IndexField.Resolution r = IndexField.resolve(text, indexes, indexListLoaded);
        indexProblem.set(r.problem() == null ? "" : r.problem());
    }

    private void checkLines() {
        if (submitting.get()) {
            return;
        }
        List<String> now = new ArrayList<>();
        for (UrlLines.Line line : UrlLines.parse(urls.get())) {
            String p = UrlLines.problem(line.text());
            if (p != null) {
                now.add(lineProblem(line, p));
            }
        }
        problems.setAll(now);
    }

    private static String lineProblem(UrlLines.Line line, String problem) {
        return "Line " + line.number() + " (" + line.text() + "): " + problem;
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    public ObservableList<IndexChoice> indexes() {
        return indexes;
    }

    public StringProperty indexTextProperty() {
        return indexText;
    }

    /** Empty when the index is fine. */
    public ReadOnlyStringProperty indexProblemProperty() {
        return indexProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty indexStatusProperty() {
        return indexStatus.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingIndexesProperty() {
        return loadingIndexes.getReadOnlyProperty();
    }

    public StringProperty languageProperty() {
        return language;
    }

    public ReadOnlyStringProperty languageHintProperty() {
        return languageHint.getReadOnlyProperty();
    }

    public StringProperty urlsProperty() {
        return urls;
    }

    public ObservableList<Path> files() {
        return files;
    }

    /** One sentence per line (or file) that needs attention. */
    public ObservableList<String> problems() {
        return problems;
    }

    public ReadOnlyBooleanProperty submittingProperty() {
        return submitting.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }
}
