package io.reeldrop.api;

/**
 * A 2xx answer whose body is not what the API documents. The message is a phrase completing
 * "returned an answer ReelDrop cannot read: ...", e.g. {@code the task has no "_id"}.
 */
final class UnreadableAnswer extends Exception {

    private static final long serialVersionUID = 1L;

    UnreadableAnswer(String reason) {
        super(reason, null, false, false);
    }
}
