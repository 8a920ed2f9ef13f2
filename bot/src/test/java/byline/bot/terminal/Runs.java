package byline.bot.terminal;

import byline.Main;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Runs the real main class in process with given stdin, capturing stdout, stderr and the exit code. */
record Runs(int exit, String out, String err) {
    static final Map<String, String> ENV = Map.of("BYLINE_CACHE_DIR", "target/test-embeddings");

    static Runs main(String stdin, String... args) {
        return main(ENV, stdin, args);
    }

    static Runs main(Map<String, String> env, String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                env);
        return new Runs(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
