package byline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Times a fresh {@code byline ask} process, launch to answer, with the embedding cache already warm. */
final class WarmStart {
    private static final int TRIES = 2;
    private final Path jar;
    private final String maxHeap;

    WarmStart(Path jar, String maxHeap) {
        this.jar = jar;
        this.maxHeap = maxHeap;
    }

    /** The best of two runs, in seconds (the first may also be warming the OS file cache); NaN without the jar. */
    double seconds(Path corpus, Path cacheDir, String question) throws IOException {
        if (!Files.isRegularFile(jar)) {
            return Double.NaN;
        }
        double best = Double.MAX_VALUE;
        for (int i = 0; i < TRIES; i++) {
            best = Math.min(best, once(corpus, cacheDir, question));
        }
        return best;
    }

    private double once(Path corpus, Path cacheDir, String question) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder pb = new ProcessBuilder(List.of(java, "-Xmx" + maxHeap, "-jar", jar.toString(), "ask",
                "--corpus", corpus.toString(), question))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("BYLINE_CACHE_DIR", cacheDir.toAbsolutePath().toString());
        long start = System.nanoTime();
        Process p = pb.start();
        try {
            int code = p.waitFor();
            if (code != 0) {
                throw new IOException("byline ask exited with " + code + " on " + corpus);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
