package io.reeldrop.ui.notify;

/** The desktop could not show a notification; the message says why, for the log. */
public final class NotifierException extends Exception {

    private static final long serialVersionUID = 1L;

    public NotifierException(String message) {
        super(message);
    }

    public NotifierException(String message, Throwable cause) {
        super(message, cause);
    }
}
