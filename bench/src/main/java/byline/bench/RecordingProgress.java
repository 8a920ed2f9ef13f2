package byline.bench;

import byline.retrieval.Progress;

/** Passes progress on to the terminal bar and remembers whether anything was embedded (a cache miss). */
final class RecordingProgress implements Progress {
    private final Progress bar;
    private boolean embedded;

    RecordingProgress(Progress bar) {
        this.bar = bar;
    }

    boolean embedded() {
        return embedded;
    }

    @Override
    public void start(Task task, int total) {
        embedded |= task == Task.EMBEDDING;
        bar.start(task, total);
    }

    @Override
    public void advance(int done) {
        bar.advance(done);
    }

    @Override
    public void done() {
        bar.done();
    }
}
