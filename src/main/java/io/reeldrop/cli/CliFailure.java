package io.reeldrop.cli;

/** Ends a command with a sentence on stderr and the given exit code. */
final class CliFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final int exitCode;

    CliFailure(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
