package io.reeldrop.ui.form;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What files dropped on the window stand for: a file is itself; a folder is the video files in
 * it and its subfolders (by extension, as the file chooser filters them). Whatever adds nothing
 * says why in a sentence, so a dropped folder never silently does nothing.
 *
 * @param files the files to add, folders expanded
 * @param notes one sentence per dropped item that added nothing, or per folder that added files
 */
record DroppedPaths(List<Path> files, List<String> notes) {

    /** The extensions of the file chooser's "Videos" filter. */
    static final Set<String> VIDEO_EXTENSIONS = Set.of("mp4", "mov", "mkv", "webm", "avi", "m4v");
    /** How deep into a dropped folder to look, and how many videos to take from it at most. */
    private static final int MAX_DEPTH = 8;
    static final int MAX_FILES_PER_FOLDER = 1000;

    static DroppedPaths of(List<Path> dropped) {
        List<Path> files = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Path p : dropped) {
            if (Files.isRegularFile(p)) {
                files.add(p);
            } else if (Files.isDirectory(p)) {
                folder(p, files, notes);
            } else {
                notes.add(name(p) + " was not added: it is neither a file nor a folder that can be read.");
            }
        }
        return new DroppedPaths(List.copyOf(files), List.copyOf(notes));
    }

    private static void folder(Path folder, List<Path> files, List<String> notes) {
        List<Path> videos;
        try (Stream<Path> walk = Files.walk(folder, MAX_DEPTH)) {
            videos = walk.filter(Files::isRegularFile).filter(DroppedPaths::isVideo).sorted()
                    .limit(MAX_FILES_PER_FOLDER + 1L).toList();
        } catch (IOException | UncheckedIOException e) {
            notes.add("The folder " + name(folder) + " could not be read (" + e.getMessage() + "); nothing was added"
                    + " from it. Check its permissions, or add the files with Add files.");
            return;
        }
        if (videos.isEmpty()) {
            notes.add("The folder " + name(folder) + " holds no video files (." + String.join(", .", sorted())
                    + "); nothing was added from it.");
            return;
        }
        boolean more = videos.size() > MAX_FILES_PER_FOLDER;
        List<Path> taken = more ? videos.subList(0, MAX_FILES_PER_FOLDER) : videos;
        files.addAll(taken);
        notes.add("Added " + taken.size() + (taken.size() == 1 ? " video" : " videos") + " from the folder "
                + name(folder) + (more ? "; it holds more, add them in a second drop of a subfolder" : "") + ".");
    }

    private static boolean isVideo(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && VIDEO_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static List<String> sorted() {
        return VIDEO_EXTENSIONS.stream().sorted().toList();
    }

    private static String name(Path p) {
        Path name = p.getFileName();
        return "\"" + (name == null ? p : name) + "\"";
    }
}
