package io.reeldrop.folderwatch;

import io.reeldrop.tracking.SubmissionRules;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * One folder whose new videos go to one index. The folder is kept absolute and normalised, the
 * index id lower-case, so one watch written two ways is one watch.
 */
public record WatchedFolder(Path folder, String indexId) {

    public WatchedFolder {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(indexId, "indexId");
        folder = folder.toAbsolutePath().normalize();
        indexId = indexId.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * A watch a person asked for, checked.
     *
     * @throws IllegalArgumentException with a sentence for the person when the index id is not one
     */
    public static WatchedFolder of(Path folder, String indexId) {
        String problem = SubmissionRules.indexProblem(indexId);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return new WatchedFolder(folder, indexId);
    }

    /** The key the ledger files a video of this watch under: the engine's duplicate rule (index and absolute path). */
    String keyOf(Path file) {
        return fileKey(indexId, file);
    }

    static String fileKey(String indexId, Path file) {
        return indexId.strip().toLowerCase(Locale.ROOT) + " file:" + file.toAbsolutePath().normalize();
    }

    /** The key of the watch itself, to know whether it has looked at its folder before. */
    String key() {
        return indexId + " folder:" + folder;
    }
}
