package io.reeldrop.sandbox;

/** Why a task ended {@code failed}: the documented code and a sentence for a person. */
final class TaskFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final String code;

    TaskFailure(String code, String reason) {
        super(reason, null, false, false);
        this.code = code;
    }

    String code() {
        return code;
    }
}
