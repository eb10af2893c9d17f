/**
 * Which API the window talks to: the local sandbox on first run, or an account whose key was
 * checked with a real call before it was saved to the keychain (or an owner-only file).
 */
package io.reeldrop.ui.account;
