package io.reeldrop.cli;

import java.io.PrintStream;

/**
 * A print stream whose text passes {@link TerminalText#safe} on its way out: what the commands
 * print (JSON lines, tables, sentences on stderr) holds URLs, notes and messages that came from
 * input or from a server, and none of it may drive the terminal. Raw bytes written with
 * {@code write} pass unchanged; ReelDrop prints text.
 */
public final class TerminalSafeStream extends PrintStream {

    /** Where the text goes, in its own charset (PrintStream cannot tell it on Java 17). */
    private final PrintStream inner;

    private TerminalSafeStream(PrintStream inner) {
        super(inner, true);
        this.inner = inner;
    }

    /** {@code out} filtered, or {@code out} itself when it already is. */
    public static PrintStream wrap(PrintStream out) {
        return out instanceof TerminalSafeStream ? out : new TerminalSafeStream(out);
    }

    @Override
    public void print(String s) {
        synchronized (this) {
            inner.print(TerminalText.safe(s));
        }
    }

    @Override
    public void print(Object obj) {
        print(String.valueOf(obj));
    }

    @Override
    public void print(char[] s) {
        print(new String(s));
    }

    @Override
    public void print(char c) {
        print(String.valueOf(c));
    }
}
