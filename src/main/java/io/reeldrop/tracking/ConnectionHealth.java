package io.reeldrop.tracking;

/** The engine's current connection trouble, as one sentence or null; changes are published. */
final class ConnectionHealth {

    static final String RETRYING = "Connection trouble, retrying";
    private volatile String trouble;
    private ChangeBus bus;

    void publishTo(ChangeBus changeBus) {
        this.bus = changeBus;
    }

    String trouble() {
        return trouble;
    }

    void trouble(String sentence) {
        String old = trouble;
        trouble = sentence;
        if (!sentence.equals(old) && bus != null) {
            bus.healthChanged();
        }
    }

    void clear() {
        if (trouble != null) {
            trouble = null;
            if (bus != null) {
                bus.healthChanged();
            }
        }
    }
}
