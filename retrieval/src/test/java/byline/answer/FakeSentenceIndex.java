package byline.answer;

import byline.corpus.Sentence;
import byline.retrieval.Lexicon;
import byline.retrieval.SentenceIndex;
import byline.retrieval.Vectors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Articles' sentences with vectors a test chooses: the answer stages without a model. */
final class FakeSentenceIndex implements SentenceIndex {
    private final Lexicon lexicon = new Lexicon();
    private final Map<Sentence, float[]> vectors = new HashMap<>();
    private final Map<String, List<Sentence>> docs = new HashMap<>();
    private final String docId;

    FakeSentenceIndex(String docId) {
        this.docId = docId;
    }

    /** Adds the article's next sentence with (the normalised) {@code vector}. */
    Sentence add(Sentence.Kind kind, int paragraph, String text, float... vector) {
        return addTo(docId, kind, paragraph, text, vector);
    }

    /** Adds the next sentence of article {@code id}, another than the one this index was made for. */
    Sentence addTo(String id, Sentence.Kind kind, int paragraph, String text, float... vector) {
        List<Sentence> doc = docs.computeIfAbsent(id, k -> new ArrayList<>());
        Sentence s = new Sentence(id, doc.size(), text, kind, "", paragraph, "");
        doc.add(s);
        vectors.put(s, Vectors.mean(List.of(vector)));
        return s;
    }

    /** How many sentences the article has so far. */
    int size() {
        return docs.getOrDefault(docId, List.of()).size();
    }

    @Override
    public float[] sentenceVector(Sentence s) {
        return vectors.get(s);
    }

    @Override
    public Set<String> sentenceTerms(Sentence s) {
        return lexicon.terms(s.text());
    }

    @Override
    public Set<String> headingTerms(String heading) {
        return lexicon.terms(heading);
    }

    @Override
    public Optional<Sentence> next(Sentence s) {
        List<Sentence> doc = docs.get(s.docId());
        return s.position() + 1 < doc.size() ? Optional.of(doc.get(s.position() + 1)) : Optional.empty();
    }

    @Override
    public Optional<Sentence> previous(Sentence s) {
        return s.position() > 0 ? Optional.of(docs.get(s.docId()).get(s.position() - 1)) : Optional.empty();
    }

    @Override
    public Lexicon lexicon() {
        return lexicon;
    }
}
