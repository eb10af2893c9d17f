package io.reeldrop.api;

/** v1.2's {@code process} object, present while a task is indexing. Fields may be null. */
public record TaskProcess(Double percentage, Double remainSeconds) {
}
