package io.reeldrop.ui.support;

import io.reeldrop.api.ApiException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Turns any failure into a sentence a person can act on. The trace goes to the log, never to
 * the screen.
 */
public final class ErrorText {

    private static final System.Logger LOG = System.getLogger(ErrorText.class.getName());

    private ErrorText() {
    }

    /** @param doing what was being attempted, e.g. "Loading the indexes" */
    public static String of(String doing, Throwable failure) {
        Throwable t = unwrap(failure);
        LOG.log(Level.WARNING, doing + " failed", t);
        String base = doing + " did not work: ";
        if (t instanceof ApiException api) {
            return base + api.getMessage();
        }
        if (t instanceof IOException || t instanceof UncheckedIOException) {
            return base + "a file could not be read or written (" + safe(t.getMessage())
                    + "). Check the folder's permissions and free space, then try again.";
        }
        if (t instanceof IllegalArgumentException || t instanceof IllegalStateException) {
            return base + safe(t.getMessage());
        }
        return base + "something unexpected happened (" + safe(t.getMessage())
                + "). Try again; if it keeps happening, restart ReelDrop.";
    }

    private static Throwable unwrap(Throwable t) {
        Throwable current = t;
        while ((current instanceof ExecutionException || current instanceof CompletionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static String safe(String message) {
        return message == null || message.isBlank() ? "no details given" : message.strip();
    }
}
