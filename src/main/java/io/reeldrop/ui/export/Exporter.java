package io.reeldrop.ui.export;

import io.reeldrop.listing.ExportFormat;
import io.reeldrop.listing.TaskColumn;
import io.reeldrop.tracking.TrackedTask;
import io.reeldrop.ui.export.ExportChoice.Rows;
import io.reeldrop.ui.support.ErrorText;
import io.reeldrop.ui.support.TaskExecutor;
import io.reeldrop.ui.support.UiPreference;
import io.reeldrop.ui.support.UiPreferences;
import io.reeldrop.ui.table.TaskTableView;
import io.reeldrop.ui.table.TaskTableViewModel;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

/**
 * File > Export tasks: asks which rows and which format, then where, and writes the file on a
 * worker. What is written is taken on the FX thread first (the tasks are immutable), so the
 * table may go on changing while the file is written.
 */
public final class Exporter {

    private final TaskTableView view;
    private final TaskTableViewModel model;
    private final TaskExecutor executor;
    private final UiPreferences prefs;
    private final BiConsumer<String, Feather> tell;
    private BiFunction<Window, FileChooser, File> chooseFile = (owner, chooser) -> chooser.showSaveDialog(owner);

    public Exporter(TaskTableView view, TaskTableViewModel model, TaskExecutor executor, UiPreferences prefs,
                    BiConsumer<String, Feather> tell) {
        this.view = view;
        this.model = model;
        this.executor = executor;
        this.prefs = prefs;
        this.tell = tell;
    }

    /** How the file is chosen: the platform's save dialog in the app; tests answer themselves. */
    public void setChooseFile(BiFunction<Window, FileChooser, File> chooseFile) {
        this.chooseFile = chooseFile;
    }

    public void export(Window owner) {
        List<TrackedTask> selected = view.selectedTasks();
        Map<Rows, Integer> counts = new EnumMap<>(Rows.class);
        counts.put(Rows.ALL, model.totalCount());
        counts.put(Rows.SHOWN, model.rows().size());
        counts.put(Rows.SELECTED, selected.size());
        Rows preselected = selected.size() > 1 ? Rows.SELECTED
                : model.rows().size() < model.totalCount() ? Rows.SHOWN : Rows.ALL;
        List<TaskColumn> columns = view.shownColumns();
        ExportDialog dialog = new ExportDialog(owner, counts, preselected, lastFormat(), columns);
        dialog.showAndWait().ifPresent(choice -> {
            List<TrackedTask> tasks = switch (choice.rows()) {
                case ALL -> model.allTasks();
                case SHOWN -> model.shownTasks();
                case SELECTED -> selected;
            };
            Path target = choose(owner, choice);
            if (target != null) {
                write(target, choice.format(), columns, tasks);
            }
        });
    }

    /** The save dialog, in the last export's folder, with a name saying what and when. */
    private Path choose(Window owner, ExportChoice choice) {
        ExportFormat format = choice.format();
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + format.label());
        chooser.setInitialFileName(suggestedName(choice, LocalDate.now()));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.label() + " files",
                "*." + format.extension()));
        Path folder = lastFolder();
        if (folder != null) {
            chooser.setInitialDirectory(folder.toFile());
        }
        File file = chooseFile.apply(owner, chooser);
        if (file == null) {
            return null;
        }
        Path path = file.toPath();
        // Some platforms' save dialogs do not add the extension the filter names.
        if (!path.getFileName().toString().contains(".")) {
            path = path.resolveSibling(path.getFileName() + "." + format.extension());
        }
        return path;
    }

    /** "reeldrop-tasks-selected-2026-11-28.csv". */
    static String suggestedName(ExportChoice choice, LocalDate day) {
        return "reeldrop-" + choice.rows().fileWord() + "-" + day + "." + choice.format().extension();
    }

    private void write(Path target, ExportFormat format, List<TaskColumn> columns, List<TrackedTask> tasks) {
        Map<String, String> names = new HashMap<>(model.indexNames());
        Map<String, String> profiles = new HashMap<>(model.profileNames());
        Instant now = Instant.now();
        prefs.put(UiPreference.EXPORT_FORMAT, format.name());
        if (target.toAbsolutePath().getParent() != null) {
            prefs.put(UiPreference.EXPORT_FOLDER, target.toAbsolutePath().getParent().toString());
        }
        executor.execute(() -> {
            writeWhole(target, out -> format.write(out, columns, tasks, now, names::get, profiles::get));
            return tasks.size();
        }, n -> tell.accept("Exported " + n + (n == 1 ? " task to " : " tasks to ") + target.getFileName() + ".",
                Feather.CHECK_CIRCLE),
                e -> tell.accept(ErrorText.of("Exporting to " + target, e), Feather.ALERT_TRIANGLE));
    }

    /** Written beside the target, then moved over it: a failed write never leaves half a file. */
    private static void writeWhole(Path target, WriteStep step) {
        Path temp = target.resolveSibling(target.getFileName() + ".part");
        try {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                step.write(out);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the write's own failure is the one worth telling
            }
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface WriteStep {
        void write(Writer out) throws IOException;
    }

    private ExportFormat lastFormat() {
        try {
            return ExportFormat.valueOf(prefs.getString(UiPreference.EXPORT_FORMAT));
        } catch (IllegalArgumentException e) {
            return ExportFormat.CSV;
        }
    }

    private Path lastFolder() {
        String s = prefs.getString(UiPreference.EXPORT_FOLDER);
        Path p = s == null || s.isBlank() ? null : Path.of(s);
        return p != null && Files.isDirectory(p) ? p : null;
    }
}
