/**
 * The desktop window, and the only package that uses JavaFX. Views are built in code, each
 * with a small view model of properties; {@link io.reeldrop.ui.ReelDropApp#launch(String[])}
 * is the entry {@code io.reeldrop.Main} calls; when JavaFX cannot start on the machine (no
 * display, no GTK 3), {@link io.reeldrop.ui.WindowStartFailure} gives Main the one sentence to print.
 *
 * <p>All background work goes through {@link io.reeldrop.ui.TaskExecutor}, so view models can
 * be tested synchronously; engine batches reach the FX thread through
 * {@link io.reeldrop.ui.TrackerBridge}, at most one pending update at a time. The window runs on
 * a {@link io.reeldrop.ui.Backend} made by {@link io.reeldrop.ui.EngineBackendFactory}: the
 * tracking engine over the API client, for an account or for the in-process sandbox.
 */
package io.reeldrop.ui;
