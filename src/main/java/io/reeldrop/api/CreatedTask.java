package io.reeldrop.api;

/** The answer to a task creation: the task id, and in v1.3 the video id (else null). */
public record CreatedTask(String taskId, String videoId) {
}
