package io.reeldrop.ui;

import io.reeldrop.ui.form.FormViewModel;
import java.io.File;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/**
 * Links, files or folders dropped anywhere on the window go to the form: files (and the videos in
 * folders) to upload, links as URL lines.
 */
final class DropTarget {

    private DropTarget() {
    }

    static void install(Node target, FormViewModel form) {
        install(target, form, board -> false);
    }

    /** @param textFirst gets a drop without files first (the link grabber); true when it took it */
    static void install(Node target, FormViewModel form, Predicate<Dragboard> textFirst) {
        target.setOnDragOver(DropTarget::onDragOver);
        target.setOnDragDropped(e -> {
            if (!e.getDragboard().hasFiles() && textFirst.test(e.getDragboard())) {
                e.setDropCompleted(true);
                e.consume();
                return;
            }
            onDragDropped(e, form);
        });
    }

    private static void onDragOver(DragEvent e) {
        Dragboard db = e.getDragboard();
        if (db.hasFiles() || db.hasUrl() || db.hasString()) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private static void onDragDropped(DragEvent e, FormViewModel form) {
        Dragboard db = e.getDragboard();
        e.setDropCompleted(drop(db.hasFiles() ? db.getFiles() : null, db.hasUrl() ? db.getUrl() : null,
                db.hasString() ? db.getString() : null, form));
        e.consume();
    }

    /** What a drop does with what it carries: files first, then a link, then text; false when nothing. */
    static boolean drop(List<File> files, String url, String text, FormViewModel form) {
        if (files != null) {
            // Folders too: the form adds the videos in them, or says why it added nothing.
            form.addDropped(files.stream().map(File::toPath).collect(Collectors.toList()));
        } else if (url != null) {
            form.appendUrls(url);
        } else if (text != null) {
            form.appendUrls(text);
        } else {
            return false;
        }
        return true;
    }
}
