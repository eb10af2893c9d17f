package io.reeldrop.cli;

/** What the commands return; documented in the top command's help. */
final class ExitCodes {

    /** Everything ended ready (or, without --wait, everything was sent). */
    static final int OK = 0;
    /** Something failed, was rejected, or was not sent. */
    static final int FAILED = 1;
    /** The command line or the configuration is wrong; nothing was done. */
    static final int USAGE = 2;

    private ExitCodes() {
    }
}
