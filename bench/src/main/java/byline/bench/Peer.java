package byline.bench;

import java.util.List;

/** One way to answer questions from the corpus: Byline or an alternative a developer would build. */
interface Peer {

    String name();

    /** One sentence on how it answers, for the report. */
    String description();

    Reply ask(String question);

    /**
     * @param answer    the text shown to the user
     * @param abstained whether it declined to answer
     * @param cited     documents the answer cites, in order
     * @param retrieved distinct documents of the retrieved passages, best first (for hit@k)
     * @param ms        time to answer (what a user waits for), not counting bookkeeping for the benchmark
     */
    record Reply(String answer, boolean abstained, List<String> cited, List<String> retrieved, double ms) {
    }
}
