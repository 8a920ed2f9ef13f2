package byline.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Runs the eval's {@code score.py} with python3 and returns its {@code score:} line. */
final class ScoreScript {
    private ScoreScript() {
    }

    static String score(Path script, Path gold, Path answers) throws IOException {
        Process p = new ProcessBuilder(List.of("python3", script.toString(), gold.toString(), answers.toString()))
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return output.lines().filter(l -> l.startsWith("score:")).reduce((a, b) -> b)
                .orElseThrow(() -> new IOException("score.py printed no score line:\n" + output));
    }
}
