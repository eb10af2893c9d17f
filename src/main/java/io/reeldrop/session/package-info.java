/**
 * Opening a profile, the one way both front ends do it: which API URL and key to use
 * ({@code --sandbox}, {@code --profile}, then the flag and the environment, then the active saved
 * profile, else the local sandbox), the history's lock, the in-process sandbox when needed, the
 * API client and the tracking engine; and closing them all, in reverse order.
 *
 * <p>{@link io.reeldrop.session.Accounts} decides, keeps the saved profiles (add with a checked
 * key, rename, remove; {@code ProfileBook} over {@code profiles.json}, one key-store entry per
 * profile) and switches; {@link io.reeldrop.session.EngineSessions} builds what runs; a
 * {@link io.reeldrop.session.Session} is one running profile, and only one runs at a time. The window and the command line
 * never build a client, a sandbox or a tracker themselves. No JavaFX here.
 */
package io.reeldrop.session;
