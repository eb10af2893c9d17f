/**
 * The command line: the same engine, data folder and account as the window, for scripting and
 * headless use. One JSON line per task change on stdout, sentences on stderr, and exit codes
 * a script can branch on (0 all ready, 1 something failed or was not sent, 2 usage or
 * configuration). Every stream the commands print to, and every log record, passes
 * {@link io.reeldrop.cli.TerminalText}: text from input or a server never drives the terminal.
 */
package io.reeldrop.cli;
