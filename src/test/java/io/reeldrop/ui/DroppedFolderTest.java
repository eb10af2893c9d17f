package io.reeldrop.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reeldrop.ui.form.FormViewModel;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder dropped on the window adds the videos in it, or says why it added nothing (issue 11,
 * item 10); before, it was dropped silently. Real folders; the drop as the window hands it over.
 */
class DroppedFolderTest {

    @TempDir
    Path dir;

    private final FormViewModel form = new FormViewModel(new SyncTaskExecutor(), MemoryPreferences.fresh());

    @Test
    void aFolderAddsTheVideosInItAndInItsSubfolders() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("shoot"));
        Path a = Files.writeString(folder.resolve("a.mp4"), "x");
        Path b = Files.writeString(Files.createDirectories(folder.resolve("day 2")).resolve("b.MOV"), "x");
        Files.writeString(folder.resolve("notes.txt"), "not a video");

        assertTrue(DropTarget.drop(List.of(folder.toFile()), null, null, form));

        assertEquals(List.of(a, b), List.copyOf(form.files()));
        assertEquals("Added 2 videos from the folder \"shoot\".", form.resultProperty().get());
    }

    @Test
    void aFolderWithoutVideosSaysSoAndAFileIsAddedAsItIs() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(empty.resolve("readme.txt"), "x");
        Path single = Files.writeString(dir.resolve("clip.webm"), "x");

        DropTarget.drop(List.of(empty.toFile(), single.toFile(), new File(dir.toFile(), "gone.mp4")), null, null, form);

        assertEquals(List.of(single), List.copyOf(form.files()));
        assertEquals("The folder \"docs\" holds no video files (.avi, .m4v, .mkv, .mov, .mp4, .webm); nothing was added"
                + " from it. \"gone.mp4\" was not added: it is neither a file nor a folder that can be read.",
                form.resultProperty().get());
    }
}
