package io.reeldrop.api;

/**
 * What the platform measured of an indexed asset or video ({@code system_metadata}). Every field
 * may be null: absent while indexing, or a value that was not a finite number.
 *
 * @param duration seconds, fractional
 * @param size bytes
 */
public record SystemMetadata(String filename, Double duration, Double fps, Integer width, Integer height, Long size) {

    public static final SystemMetadata EMPTY = new SystemMetadata(null, null, null, null, null, null);
}
