/**
 * The desktop window, and the only package that uses JavaFX. Views are built in code, each
 * with a small view model of properties; {@link io.reeldrop.ui.ReelDropApp#launch(String[])}
 * is the entry {@code io.reeldrop.Main} calls; when JavaFX cannot start on the machine (no
 * display, no GTK 3), {@link io.reeldrop.ui.WindowStartFailure} gives Main the one sentence to print.
 *
 * <p>{@link io.reeldrop.ui.MainWindow} lays the window out and wires it; the actions its menus
 * offer are defined once in {@link io.reeldrop.ui.action} and carried out by
 * {@code WindowActions} and the table's row actions. {@code DesktopConveniences} wires what a
 * transfer manager adds around its table: the Settings dialog ({@link io.reeldrop.ui.settings}),
 * desktop notifications ({@link io.reeldrop.ui.notify}), the link grabber
 * ({@link io.reeldrop.ui.links}) and the watched folders ({@link io.reeldrop.ui.watch}).
 *
 * <p>All background work goes through {@link io.reeldrop.ui.support.TaskExecutor}, so view models can
 * be tested synchronously; engine batches reach the FX thread through
 * {@link io.reeldrop.ui.TrackerBridge}, at most one pending update at a time. The window runs on
 * a {@link io.reeldrop.session.Session} opened by {@link io.reeldrop.session.Accounts}, as the
 * command line does: the tracking engine over the API client, for an account or for the
 * in-process sandbox.
 */
package io.reeldrop.ui;
