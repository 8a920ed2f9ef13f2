package byline;

import byline.retrieval.Progress;

import java.io.PrintStream;

/** A one-line progress bar on the terminal while a first build embeds or links; silent when not a terminal. */
public final class TerminalProgress implements Progress {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private int total;
    private long started;
    private long lastDraw;

    private TerminalProgress(PrintStream out) {
        this.out = out;
    }

    /** A bar on {@code err} when a person is watching (a console), otherwise nothing. */
    public static Progress forStream(PrintStream err) {
        return System.console() != null ? new TerminalProgress(err) : Progress.NONE;
    }

    /** Always draws, for benchmarks and tests. */
    public static Progress always(PrintStream out) {
        return new TerminalProgress(out);
    }

    @Override
    public void start(Task task, int total) {
        this.total = total;
        this.started = System.nanoTime();
        out.println(switch (task) {
            case EMBEDDING -> String.format("Embedding %,d sentences and headings (first run only; cached afterwards)",
                    total);
            case VECTOR_GRAPH -> String.format("Linking %,d passages into the vector search graph (first run only)",
                    total);
        });
        draw(0);
    }

    @Override
    public void advance(int done) {
        long now = System.nanoTime();
        if (now - lastDraw > 100_000_000L || done == total) {
            draw(done);
            lastDraw = now;
        }
    }

    @Override
    public void done() {
        out.println();
    }

    private void draw(int done) {
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        double seconds = (System.nanoTime() - started) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        out.printf("\r[%s%s] %d/%d  %.0f/s", "#".repeat(filled), " ".repeat(WIDTH - filled), done, total, rate);
        out.flush();
    }
}
