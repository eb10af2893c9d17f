package io.reeldrop.ui.table;

import io.reeldrop.listing.TaskText;
import io.reeldrop.listing.RowStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.api.TaskStatus;
import io.reeldrop.api.VideoMetadata;
import io.reeldrop.tracking.TrackedTask;
import io.reeldrop.tracking.model.Submission;
import io.reeldrop.tracking.model.SubmissionState;
import io.reeldrop.ui.FakeTracker;
import io.reeldrop.ui.SyncTaskExecutor;
import io.reeldrop.ui.TrackerBridge;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The table's state and row actions, driven by a fake engine through the synchronous executor. */
class TaskTableViewModelTest {

    private static final String INDEX = "65f0a1b2c3d4e5f6a7b8c9d0";
    private final FakeTracker tracker = new FakeTracker();
    private final TaskTableViewModel table = new TaskTableViewModel(new SyncTaskExecutor());
    private final List<TrackedTask> finished = new ArrayList<>();

    @BeforeEach
    void connect() {
        table.load(tracker);
        tracker.addListener(new TrackerBridge(new SyncTaskExecutor(), (c, r, h) -> table.apply(c, r)));
        table.setOnFinished(finished::addAll);
    }

    private List<String> submit(String... urls) {
        List<Submission> subs = new ArrayList<>();
        for (String u : urls) {
            subs.add(Submission.ofUrl(INDEX, null, u));
        }
        return tracker.submit(subs).stream().map(o -> o.tracked().localId()).toList();
    }

    @Test
    void newTasksAppearFirstAndChangesUpdateTheSameRow() {
        List<String> ids = submit("https://a.test/one.mp4", "https://a.test/two.mp4");
        assertEquals(2, table.rows().size());

        tracker.advance(ids.get(0), TaskStatus.READY, new VideoMetadata(125.0, "one.mp4", 854, 480), null);

        assertEquals(2, table.rows().size());
        TaskRow row = table.rows().stream().filter(r -> r.localId().equals(ids.get(0))).findFirst().orElseThrow();
        assertEquals("ready", RowStatus.of(row.get()).text());
        assertEquals("one.mp4", TaskText.videoName(row.get()));
        assertEquals(1, finished.size());
    }

    private static TrackedTask onProfile(String localId, String profile) {
        return new TrackedTask(localId, Submission.ofUrl(INDEX, null, "https://a.test/" + localId + ".mp4"),
                SubmissionState.QUEUED, null, null, null, Instant.now(), Map.of(), 0, 0, List.of(), 0, profile);
    }

    @Test
    void thisProfileListsTheOpenProfilesTasksAndAllProfilesListsEveryTask() {
        table.load(tracker, "sandbox");
        table.apply(List.of(onProfile("mine", "sandbox"), onProfile("theirs", "https://api.example.test/v1.3")),
                List.of());

        assertEquals(List.of("mine"), table.rows().stream().map(TaskRow::localId).toList());
        assertEquals(1, table.totalCount(), "an export of all tasks is this profile's");
        assertEquals(List.of("mine"), table.allTasks().stream().map(TrackedTask::localId).toList());

        table.profileScopeProperty().set(ProfileScope.ALL);
        assertEquals(List.of("mine", "theirs"), table.rows().stream().map(TaskRow::localId).sorted().toList());
        assertEquals(2, table.totalCount());
        assertFalse(table.isFollowed(onProfile("theirs", "https://api.example.test/v1.3")));
        assertTrue(table.isFollowed(onProfile("made-by-a-tool", null)), "a task without a profile counts as open");
    }

    @Test
    void statusFilterAndSearchNarrowTheRows() {
        List<String> ids = submit("https://a.test/cats.mp4", "https://a.test/dogs.mp4", "https://a.test/birds.mp4");
        tracker.advance(ids.get(0), TaskStatus.READY, VideoMetadata.EMPTY, null);
        tracker.advance(ids.get(1), TaskStatus.FAILED, VideoMetadata.EMPTY, "video_resolution_too_low");

        table.statusFilterProperty().set(StatusFilter.FAILED);
        assertEquals(List.of(ids.get(1)), table.rows().stream().map(TaskRow::localId).toList());
        table.statusFilterProperty().set(StatusFilter.ACTIVE);
        assertEquals(List.of(ids.get(2)), table.rows().stream().map(TaskRow::localId).toList());

        table.statusFilterProperty().set(StatusFilter.ALL);
        table.searchProperty().set("  CATS ");
        assertEquals(List.of(ids.get(0)), table.rows().stream().map(TaskRow::localId).toList());
        String taskId = table.rows().get(0).get().task().id();
        table.searchProperty().set(taskId);
        assertEquals(1, table.shownCountProperty().get());

        // A row that changes while filtered out comes back when it matches again.
        table.searchProperty().set("");
        table.statusFilterProperty().set(StatusFilter.READY);
        tracker.advance(ids.get(2), TaskStatus.READY, VideoMetadata.EMPTY, null);
        assertEquals(2, table.rows().size());
    }

    @Test
    void theEmptyTableSaysWhyItIsEmpty() {
        table.load(tracker, "sandbox");
        assertTrue(table.emptyTextProperty().get().startsWith("No videos yet. Paste URLs above"),
                table.emptyTextProperty().get());

        table.apply(List.of(onProfile("theirs", "https://api.example.test/v1.3")), List.of());
        assertEquals(0, table.shownCountProperty().get());
        assertEquals("No videos in this profile yet. Another profile has one: choose All profiles to see it.",
                table.emptyTextProperty().get());

        table.apply(List.of(onProfile("mine", "sandbox")), List.of());
        table.searchProperty().set("zebras");
        assertEquals(0, table.shownCountProperty().get());
        assertEquals("No videos match the status filter or the search.", table.emptyTextProperty().get());
    }

    @Test
    void deleteOnServerIsOnlyOfferedForReadyOrFailedTasks() {
        List<String> ids = submit("https://a.test/a.mp4", "https://a.test/b.mp4");
        tracker.advance(ids.get(0), TaskStatus.INDEXING, VideoMetadata.EMPTY, null);
        tracker.advance(ids.get(1), TaskStatus.FAILED, VideoMetadata.EMPTY, null);
        TaskRow indexing = row(ids.get(0));
        TaskRow failed = row(ids.get(1));

        assertFalse(table.canDeleteOnServer(indexing));
        table.deleteOnServer(indexing);
        assertEquals("Only ready or failed tasks can be deleted on the server.", table.messageProperty().get());
        assertEquals(2, table.totalCount());

        assertTrue(table.canDeleteOnServer(failed));
        table.deleteOnServer(failed);
        assertEquals(1, table.totalCount());
        assertTrue(table.messageProperty().get().startsWith("Deleted on the server"));
    }

    @Test
    void retryIsOnlyForFailedTasksAndForgetRemovesTheRow() {
        List<String> ids = submit("https://a.test/a.mp4");
        TaskRow row = row(ids.get(0));
        assertFalse(table.canRetry(row));
        tracker.advance(ids.get(0), TaskStatus.FAILED, VideoMetadata.EMPTY, null);
        assertTrue(table.canRetry(row));
        table.retry(row);
        assertEquals("pending", RowStatus.of(row.get()).text());

        table.forget(row);
        assertEquals(0, table.totalCount());
        assertEquals(0, table.rows().size());
    }

    @Test
    void everyColumnSortsOnItsValueWithEmptyValuesLast() {
        List<String> ids = submit("https://a.test/short.mp4", "https://a.test/long.mp4", "https://a.test/none.mp4");
        tracker.advance(ids.get(0), TaskStatus.READY, new VideoMetadata(59.0, "short.mp4", 640, 360), null);
        tracker.advance(ids.get(1), TaskStatus.READY, new VideoMetadata(600.0, "long.mp4", 1920, 1080), null);
        var duration = TaskColumns.all(new SimpleObjectProperty<>(Instant.now()), Map.of(), Map.of(), t -> true)
                .stream().filter(c -> c.getId().equals("duration")).findFirst().orElseThrow().getComparator();
        List<TrackedTask> sorted = new ArrayList<>(table.rows().stream().map(TaskRow::get).toList());
        sorted.sort(duration);
        assertEquals(List.of(ids.get(0), ids.get(1), ids.get(2)), sorted.stream().map(TrackedTask::localId).toList());
    }

    private TaskRow row(String localId) {
        return table.rows().stream().filter(r -> r.localId().equals(localId)).findFirst().orElseThrow();
    }
}
