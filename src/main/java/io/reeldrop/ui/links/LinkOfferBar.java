package io.reeldrop.ui.links;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The question under the menu: "3 video links copied. Add them?". It stays until answered or
 * replaced by the next offer; built the first time it is needed, like the connection banner.
 */
public final class LinkOfferBar {

    private final Pane host;
    private final Consumer<List<String>> add;
    private HBox box;
    private Label text;
    private List<String> offered = List.of();

    /**
     * @param host the container the bar joins, at its end, when first shown
     * @param add puts the links in the form; runs only on the person's click
     */
    public LinkOfferBar(Pane host, Consumer<List<String>> add) {
        this.host = host;
        this.add = add;
    }

    public void offer(List<String> links) {
        if (box == null) {
            build();
        }
        offered = List.copyOf(links);
        int n = offered.size();
        text.setText(n == 1 ? "1 video link copied. Add it?" : n + " video links copied. Add them?");
        box.setVisible(true);
        box.setManaged(true);
    }

    public boolean isShowing() {
        return box != null && box.isVisible();
    }

    /** The links on offer now; empty when the bar is hidden. */
    public List<String> offered() {
        return isShowing() ? offered : List.of();
    }

    void hide() {
        if (box != null) {
            box.setVisible(false);
            box.setManaged(false);
        }
    }

    private void build() {
        text = new Label();
        text.setId("linkOffer");
        text.setGraphic(new FontIcon(Feather.LINK));
        Button yes = new Button("_Add to the form");
        yes.setMnemonicParsing(true);
        yes.setId("linkOfferAdd");
        yes.setDefaultButton(false);
        yes.setOnAction(e -> {
            List<String> links = offered;
            hide();
            add.accept(links);
        });
        Button no = new Button("_Not now");
        no.setMnemonicParsing(true);
        no.setId("linkOfferDismiss");
        no.setOnAction(e -> hide());
        // The buttons sit by the question, not at the far right where the toasts appear.
        box = new HBox(10, text, yes, no);
        box.getStyleClass().add("link-offer");
        box.setPadding(new Insets(6, 12, 6, 12));
        box.setAlignment(Pos.CENTER_LEFT);
        host.getChildren().add(box);
    }
}
