package io.reeldrop.tracking;

/**
 * The fate of one line of a batch submission: accepted (with its tracked task), flagged as a
 * duplicate of a task already tracked, or rejected by local validation before any request.
 *
 * @param input the line as the person gave it
 * @param tracked the new (or, for a duplicate, the existing) tracked task; null when rejected
 * @param problem a sentence saying what is wrong with the line; null when accepted
 */
public record SubmitOutcome(String input, Kind kind, TrackedTask tracked, String problem) {

    public enum Kind { ACCEPTED, DUPLICATE, REJECTED }
}
