package io.reeldrop.preflight;

import java.util.Objects;

/**
 * The answer of one pre-flight check.
 *
 * @param outcome what the engine does: send, hold for the person, or send with the sentence as a note
 * @param reason why, for code
 * @param sentence one sentence for a person: what was found and, for a problem, what to do
 * @param found what the check learnt, also when it refused
 */
public record Verdict(Outcome outcome, Reason reason, String sentence, Found found) {

    public Verdict {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(found, "found");
        if (outcome != reason.outcome()) {
            throw new IllegalArgumentException(reason + " is always " + reason.outcome() + ", not " + outcome);
        }
    }

    static Verdict of(Reason reason, String sentence, Found found) {
        return new Verdict(reason.outcome(), reason, sentence, found);
    }

    public boolean isOk() {
        return outcome == Outcome.OK;
    }
}
