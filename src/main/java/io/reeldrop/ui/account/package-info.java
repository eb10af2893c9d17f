/**
 * Which profile the window talks to: the local sandbox on first run, or a saved account whose
 * key was checked with a real call before it was saved to the keychain (or an owner-only file);
 * the Add an account and Manage profiles dialogs and the profiles' view model.
 */
package io.reeldrop.ui.account;
