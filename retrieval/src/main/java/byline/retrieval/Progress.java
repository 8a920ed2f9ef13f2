package byline.retrieval;

/** Told how indexing advances, so a large folder shows a progress bar instead of silence. */
public interface Progress {

    /** The slow steps of a first build; a warm start (everything cached) runs neither. */
    enum Task {
        /** MiniLM embeds the corpus's sentences and headings. */
        EMBEDDING,
        /** Lucene links the chunk vectors of a large corpus into its HNSW search graph. */
        VECTOR_GRAPH
    }

    /** {@code task} begins on {@code total} items. */
    void start(Task task, int total);

    /** {@code done} items of the total are finished. */
    void advance(int done);

    /** The task finished. */
    void done();

    /** Reports nothing (tests, batch mode). */
    Progress NONE = new Progress() {
        @Override
        public void start(Task task, int total) {
        }

        @Override
        public void advance(int done) {
        }

        @Override
        public void done() {
        }
    };
}
