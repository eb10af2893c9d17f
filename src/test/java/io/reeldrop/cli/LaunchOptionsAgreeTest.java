package io.reeldrop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.reeldrop.session.LaunchOptions;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The command line's flags, parsed by picocli, give the same options as the window's parser. */
class LaunchOptionsAgreeTest {

    @TempDir
    Path data;

    @ParameterizedTest
    @ValueSource(strings = {"", "--api-url https://api.example.com/v1.2/", "--sandbox --sandbox-time-scale 7.5",
        "--api-url=https://api.example.com:8443/v1.3", "--profile Work", "--profile=sandbox --sandbox-time-scale 3"})
    void bothFrontEndsReadTheSameFlagsTheSameWay(String flags) {
        List<String> args = new ArrayList<>(List.of("--data-dir", data.toString()));
        if (!flags.isEmpty()) {
            args.addAll(List.of(flags.split(" ")));
        }
        Map<String, String> env = Map.of(LaunchOptions.ENV_BASE_URL, "https://env.example.com/v1.3");
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        Cli cli = new Cli(env, nowhere, nowhere);
        WatchCommand watch = new WatchCommand(cli);
        new CommandLine(watch).parseArgs(args.toArray(String[]::new));

        assertEquals(LaunchOptions.fromArguments(args, env), cli.launchOptions(watch.global));
    }
}
