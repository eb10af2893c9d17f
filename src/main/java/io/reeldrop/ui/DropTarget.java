package io.reeldrop.ui;

import io.reeldrop.ui.form.FormViewModel;
import java.io.File;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/** Links or files dropped anywhere on the window go to the form: files to upload, links as URL lines. */
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
        boolean done = true;
        if (db.hasFiles()) {
            form.addFiles(db.getFiles().stream().filter(File::isFile).map(File::toPath).collect(Collectors.toList()));
        } else if (db.hasUrl()) {
            form.appendUrls(db.getUrl());
        } else if (db.hasString()) {
            form.appendUrls(db.getString());
        } else {
            done = false;
        }
        e.setDropCompleted(done);
        e.consume();
    }
}
