/**
 * Opening a profile, the one way both front ends do it: which API URL and key to use (the
 * command line flag, then the environment, then the saved account, then the local sandbox),
 * the history's lock, the in-process sandbox when needed, the API client and the tracking
 * engine; and closing them all, in reverse order.
 *
 * <p>{@link io.reeldrop.session.Accounts} decides and switches (connect an account, go back to
 * the sandbox); {@link io.reeldrop.session.EngineSessions} builds what runs; a
 * {@link io.reeldrop.session.Session} is one running profile. The window and the command line
 * never build a client, a sandbox or a tracker themselves. No JavaFX here.
 */
package io.reeldrop.session;
