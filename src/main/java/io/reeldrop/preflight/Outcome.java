package io.reeldrop.preflight;

/** What the engine does with a video after its pre-flight check. */
public enum Outcome {
    /** Nothing found against sending; the verdict says what was found. */
    OK,
    /** A definite problem: the service would refuse it or could not fetch it. Sent only when the person insists. */
    REFUSED,
    /** Could not be decided cheaply (time-out, no size, header past the first megabyte): sent, with the note. */
    INCONCLUSIVE
}
