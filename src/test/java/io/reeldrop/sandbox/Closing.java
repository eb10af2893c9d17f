package io.reeldrop.sandbox;

/**
 * Teardown that closes everything a test set up, whatever happened. A fixture that failed half
 * way leaves some fields null, and a close that throws must not skip the rest: a sandbox left
 * open keeps its threads and port for the rest of the test JVM, where later tests that count
 * threads or bind ports then fail for a reason that is not theirs.
 */
final class Closing {

    private Closing() {
    }

    /** Closes each non-null resource in the order given; rethrows the first failure, the others suppressed. */
    static void all(AutoCloseable... resources) throws Exception {
        Exception first = null;
        for (AutoCloseable resource : resources) {
            if (resource == null) {
                continue;
            }
            try {
                resource.close();
            } catch (Exception e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
