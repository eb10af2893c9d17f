package io.reeldrop.tracking.store;

/** The history cannot be used; the message says why and what to do. */
public class HistoryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public HistoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
