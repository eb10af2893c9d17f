package io.reeldrop.cli;

import java.io.PrintStream;
import java.util.Map;

/** What the commands share: the streams, the environment, and how to open the engine. */
final class Cli {

    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;
    private volatile Engine open;

    Cli(Map<String, String> env, PrintStream out, PrintStream err) {
        this.env = env;
        this.out = out;
        this.err = err;
    }

    Map<String, String> env() {
        return env;
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    Engine open(GlobalOptions options) {
        Engine engine = Engine.open(options, env, err);
        open = engine;
        return engine;
    }

    /** The engine a command is using, for a clean stop on Ctrl-C; null when none. */
    Engine current() {
        return open;
    }
}
