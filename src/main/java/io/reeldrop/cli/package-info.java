/**
 * The command line: the same engine, data folder and account as the window, for scripting and
 * headless use. One JSON line per task change on stdout, sentences on stderr, and exit codes
 * a script can branch on (0 all ready, 1 something failed or was not sent, 2 usage or
 * configuration).
 */
package io.reeldrop.cli;
