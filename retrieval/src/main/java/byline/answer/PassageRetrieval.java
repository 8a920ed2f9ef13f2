package byline.answer;

import byline.corpus.Chunk;
import byline.retrieval.Passage;
import byline.retrieval.Retriever;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The retrieval stage, run once per question and shared by every answerer: the fused top passages, plus the
 * best passages of any article the question names and, for a follow-up, of the articles the answer just given
 * cited.
 */
public final class PassageRetrieval {
    private final Retriever retriever;
    private final int top;

    /**
     * @param top how many passages to retrieve (and, again, from the articles a question names or continues)
     */
    public PassageRetrieval(Retriever retriever, int top) {
        if (top < 1) {
            throw new IllegalArgumentException("top must be at least 1, got " + top);
        }
        this.retriever = retriever;
        this.top = top;
    }

    public List<Passage> passages(QuestionAnalysis question) {
        List<Passage> passages = new ArrayList<>(retriever.retrieve(question.context(), question.vector(), top));
        Set<String> within = new java.util.LinkedHashSet<>(question.named());
        within.addAll(question.topic());
        if (!within.isEmpty()) {
            Set<Chunk> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            passages.forEach(p -> seen.add(p.chunk()));
            retriever.retrieveWithin(question.context(), question.vector(), top, within).stream()
                    .filter(p -> seen.add(p.chunk())).forEach(passages::add);
        }
        return passages;
    }
}
