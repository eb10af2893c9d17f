/**
 * Estimated time of arrival for tasks: the API's own {@code estimated_time} where v1.2 gives it,
 * else a per-stage model learned from this user's finished tasks, per API host.
 */
package io.reeldrop.tracking.eta;
