package byline.retrieval;

/** Told how indexing advances, so a large folder shows a progress bar instead of silence. */
public interface Progress {

    /** Embedding of {@code total} texts begins. */
    void start(int total);

    /** {@code done} texts of the total are embedded. */
    void advance(int done);

    /** Embedding finished. */
    void done();

    /** Reports nothing (tests, batch mode). */
    Progress NONE = new Progress() {
        @Override
        public void start(int total) {
        }

        @Override
        public void advance(int done) {
        }

        @Override
        public void done() {
        }
    };
}
