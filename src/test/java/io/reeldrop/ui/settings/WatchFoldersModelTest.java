package io.reeldrop.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.folderwatch.WatchList;
import io.reeldrop.ui.SyncTaskExecutor;
import io.reeldrop.ui.form.IndexChoice;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watched folders of the open profile, edited; another account's stay as they were. */
class WatchFoldersModelTest {

    private static final String SANDBOX_INDEX = "73616e64626f780000000001";
    private static final String ACCOUNT = "https://api.example.test/v1.3";

    @TempDir
    Path data;

    private final ObservableList<IndexChoice> indexes = FXCollections.observableArrayList(
            new IndexChoice(SANDBOX_INDEX, "sandbox", 0));

    @Test
    void onlyTheOpenProfilesFoldersAreShownAndTheOthersAreKeptOnSave() {
        WatchList store = WatchList.in(data);
        WatchList.Entry theirs = new WatchList.Entry(data.resolve("theirs"), "aaaaaaaaaaaaaaaaaaaaaaaa", ACCOUNT);
        store.save(List.of(theirs, new WatchList.Entry(data.resolve("old"), SANDBOX_INDEX, "sandbox")));
        WatchFoldersModel model = new WatchFoldersModel(new SyncTaskExecutor(), store, "sandbox", indexes,
                () -> indexes.get(0));
        model.load();
        assertEquals(List.of(data.resolve("old")), model.rows().stream().map(WatchFoldersModel.Row::folder).toList());
        assertEquals("sandbox", model.rows().get(0).indexProperty().get().name(), "the stored id shown by its name");

        model.remove(model.rows().get(0));
        model.add(data.resolve("new"));
        model.add(data.resolve("new/."));
        assertEquals(1, model.rows().size(), "one folder once");
        AtomicInteger saved = new AtomicInteger();
        model.save(saved::incrementAndGet, () -> { });

        assertEquals(1, saved.get());
        assertEquals(List.of(theirs, new WatchList.Entry(data.resolve("new"), SANDBOX_INDEX, "sandbox")), store.load());
    }

    @Test
    void aFolderWithoutAnIndexKeepsSaveFromWorkingAndSaysWhich() {
        WatchFoldersModel model = new WatchFoldersModel(new SyncTaskExecutor(), WatchList.in(data), "sandbox", indexes,
                () -> null);
        model.add(data.resolve("incoming"));
        assertTrue(model.problem().get().startsWith("Choose the index for " + data.resolve("incoming")),
                model.problem().get());

        model.rows().get(0).indexProperty().set(indexes.get(0));
        assertEquals("", model.problem().get());
    }
}
