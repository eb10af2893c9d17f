/**
 * "What is this video?": duration, display size, container and codec of a local file or an
 * http(s) URL, answered by FFmpeg (the JavaCPP presets, loaded lazily on first use) so that what
 * ReelDrop accepts matches what the FFmpeg-based real service accepts. For a URL only the bytes
 * the demuxer asks for are read (FFmpeg's http protocol seeks with range requests).
 *
 * <p>Owns no threads and knows nothing of the API, the sandbox or the window.
 */
package io.reeldrop.media;
