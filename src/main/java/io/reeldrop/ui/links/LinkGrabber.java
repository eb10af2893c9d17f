package io.reeldrop.ui.links;

import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.scene.input.Clipboard;
import javafx.scene.input.Dragboard;

/**
 * Offers the video links of text copied in another program. It reads the clipboard only at two
 * moments, and only while switched on: when the window loses focus (what is there then is the
 * baseline: whatever the person copied inside ReelDrop) and when it gains focus again (new text
 * was copied elsewhere). What was on the clipboard before the grabber first looked is not offered. No timer, no polling while idle, and nothing is added by itself: the
 * links go to {@code offer}, which asks.
 */
public final class LinkGrabber {

    private final BooleanSupplier enabled;
    private final Consumer<List<String>> offer;
    private final Predicate<String> alreadyInForm;
    private String baseline;
    /** Whether {@link #baseline} was read since the grabber was last off: the first look only sets it. */
    private boolean primed;

    /**
     * @param enabled the person's setting, read at each focus change
     * @param alreadyInForm links the form's URL box holds already, which are not offered again
     * @param offer asks the person; called on the FX thread
     */
    public LinkGrabber(BooleanSupplier enabled, Predicate<String> alreadyInForm, Consumer<List<String>> offer) {
        this.enabled = enabled;
        this.alreadyInForm = alreadyInForm;
        this.offer = offer;
    }

    /** The window's focus changed; call on the FX thread. */
    public void focusChanged(boolean focused) {
        if (!enabled.getAsBoolean()) {
            primed = false;
            baseline = null;
            return;
        }
        String now = read(Clipboard.getSystemClipboard());
        if (!focused || !primed) {
            baseline = now;
            primed = true;
            return;
        }
        if (Objects.equals(now, baseline)) {
            return;
        }
        baseline = now;
        List<String> links = VideoLinks.in(now).stream().filter(alreadyInForm.negate()).toList();
        if (!links.isEmpty()) {
            offer.accept(links);
        }
    }

    /** Takes what is on the clipboard now as seen: after the person switched the grabber on. */
    public void startFresh() {
        primed = enabled.getAsBoolean();
        baseline = primed ? read(Clipboard.getSystemClipboard()) : null;
    }

    /**
     * The video links of text dropped from a browser, when the grabber is on; empty otherwise, or
     * when the text holds none (the window then treats the drop as before).
     */
    public List<String> dropped(Dragboard board) {
        if (!enabled.getAsBoolean() || board.hasFiles()) {
            return List.of();
        }
        return VideoLinks.in(board.getString(), board.getHtml(), board.getUrl());
    }

    /** Plain text and HTML together: a browser's copy keeps a selection's links in the HTML. */
    private static String read(Clipboard clipboard) {
        String text = clipboard.hasString() ? clipboard.getString() : null;
        String html = clipboard.hasHtml() ? clipboard.getHtml() : null;
        if (text == null && html == null) {
            return null;
        }
        return (text == null ? "" : text) + "\n" + (html == null ? "" : html);
    }
}
