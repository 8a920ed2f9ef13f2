package byline.script;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The {@code ./byline} launcher, run on a copy whose Maven Wrapper is a stand-in (no real build). */
class BylineScriptTest {
    @TempDir
    Path dir;

    private record Run(int exit, String err) {
    }

    private Run run(String wrapper) throws IOException, InterruptedException {
        Files.copy(Path.of("..", "byline"), dir.resolve("byline"));
        Files.writeString(dir.resolve("mvnw"), "#!/bin/sh\n" + wrapper + "\n");
        dir.resolve("mvnw").toFile().setExecutable(true);
        ProcessBuilder pb = new ProcessBuilder("sh", dir.resolve("byline").toString(), "--help");
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Path err = dir.resolve("err.txt");
        pb.redirectError(err.toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the launcher finished");
        return new Run(p.exitValue(), Files.readString(err));
    }

    @Test
    void given_no_jar_when_started_then_it_says_it_is_building_and_how_long_it_took() throws Exception {
        Run r = run("mkdir -p bot/target && touch bot/target/byline.jar");

        // The stand-in jar is empty, so java refuses it once the build is done: only the launcher's lines matter.
        assertTrue(r.err().contains("First run: building Byline (about a minute"), r.err());
        assertTrue(r.err().matches("(?s).*Built in \\d+ s\\..*"), r.err());
    }

    @Test
    void given_a_failing_build_then_maven_output_is_shown_and_the_exit_code_kept() throws Exception {
        Run r = run("echo 'compilation failed: Foo.java' >&2; exit 3");

        assertNotEquals(0, r.exit());
        assertTrue(r.err().contains("compilation failed: Foo.java"), r.err());
        assertTrue(r.err().contains("the build failed (exit 3)"), r.err());
    }
}
