package io.reeldrop.ui.table;

import io.reeldrop.api.Hls;
import io.reeldrop.api.TaskStatus;
import io.reeldrop.tracking.TrackedTask;
import java.util.function.Consumer;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;

/**
 * A ready video's stream: its HLS link, which opens in the browser, and its first thumbnail,
 * loaded in the background (JavaFX's own loader thread) so the pane never waits for it. No
 * stream, no thumbnail, or one that fails to load: nothing is shown for it.
 */
final class StreamSection extends VBox {

    static final double THUMBNAIL_WIDTH = 240;

    private final Hyperlink link = new Hyperlink();
    private final ImageView thumbnail = new ImageView();
    private String linkUrl;
    private String thumbnailUrl;

    StreamSection(Consumer<String> openUrl) {
        setId("detailsStream");
        setSpacing(6);
        Label title = new Label("Stream");
        title.getStyleClass().add("text-bold");
        link.setId("hlsLink");
        link.setWrapText(true);
        link.setOnAction(e -> {
            if (linkUrl != null) {
                openUrl.accept(linkUrl);
            }
        });
        thumbnail.setId("thumbnail");
        thumbnail.setPreserveRatio(true);
        thumbnail.setFitWidth(THUMBNAIL_WIDTH);
        thumbnail.setAccessibleText("The video's thumbnail");
        getChildren().addAll(title, link, thumbnail);
        show(null);
    }

    void show(TrackedTask t) {
        Hls hls = t == null || t.task() == null || !t.task().status().equals(TaskStatus.READY) ? null : t.task().hls();
        String url = hls == null ? null : hls.videoUrl();
        if (url != null && !url.equals(linkUrl)) {
            link.setText(url);
            link.setTooltip(new Tooltip("Open the HLS stream in the browser"));
        }
        linkUrl = url;
        link.setVisible(url != null);
        link.setManaged(url != null);
        String first = hls == null || hls.thumbnailUrls().isEmpty() ? null : hls.thumbnailUrls().get(0);
        if (first == null) {
            thumbnailUrl = null;
            thumbnail.setImage(null);
        } else if (!first.equals(thumbnailUrl)) {
            thumbnailUrl = first;
            // At its own size (a thumbnail is small); the view scales it to fit.
            Image image = new Image(first, true);
            image.errorProperty().addListener((o, was, failed) -> {
                if (failed && thumbnail.getImage() == image) {
                    thumbnail.setImage(null);
                    refresh();
                }
            });
            image.progressProperty().addListener((o, was, now) -> refresh());
            thumbnail.setImage(image);
        }
        refresh();
    }

    /** Shown only once there is something to show: a link, or a thumbnail that loaded. */
    private void refresh() {
        Image image = thumbnail.getImage();
        boolean hasImage = image != null && !image.isError() && image.getProgress() >= 1;
        thumbnail.setVisible(hasImage);
        thumbnail.setManaged(hasImage);
        boolean any = linkUrl != null || hasImage;
        setVisible(any);
        setManaged(any);
    }

    /** The thumbnail shown now, or null while none has loaded. */
    Image shownThumbnail() {
        return thumbnail.isVisible() ? thumbnail.getImage() : null;
    }
}
