package byline.retrieval;

import byline.corpus.Chunk;
import byline.corpus.Sentence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The searchable corpus: chunk vectors (MiniLM) and BM25, fused by reciprocal rank fusion, plus the
 * per-sentence vectors and terms the extractive answerer scores sentences with. Immutable, thread-safe.
 */
public final class Index implements Retriever, SentenceIndex {
    /** The usual RRF constant: dampens the weight of the very first ranks. */
    static final int RRF_K = 60;
    private static final int CANDIDATES = 30;

    private final List<Chunk> chunks;
    private final Embedder embedder;
    private final Lexicon lexicon;
    private final VectorIndex vectors;
    private final KeywordIndex keywords;
    private final Map<Sentence, float[]> sentenceVectors;
    /** Words of the sentences scored so far; null in the large form, which analyses a sentence each time. */
    private final Map<Sentence, Set<String>> sentenceTerms;
    private final Map<String, Set<String>> headingTerms;
    private final Map<String, List<Sentence>> byDocument;
    private final Map<String, List<Integer>> ordinalsByDocument = new HashMap<>();

    /** The vector side of an index: chunk search and the vectors sentences are scored with. */
    record Parts(VectorIndex vectors, KeywordIndex keywords, Map<Sentence, float[]> sentenceVectors) {
    }

    /**
     * @param keepTerms whether a sentence's words, analysed when it is first scored, are kept (small corpora); a large
     *                  corpus analyses them whenever a sentence is scored instead of holding millions of sets
     */
    Index(List<Chunk> chunks, Parts parts, boolean keepTerms, Embedder embedder, Lexicon lexicon) {
        this.chunks = List.copyOf(chunks);
        this.embedder = embedder;
        this.lexicon = lexicon;
        this.vectors = parts.vectors();
        this.keywords = parts.keywords();
        this.sentenceVectors = new IdentityHashMap<>(parts.sentenceVectors());
        this.sentenceTerms = keepTerms ? new java.util.concurrent.ConcurrentHashMap<>() : null;
        this.headingTerms = new java.util.concurrent.ConcurrentHashMap<>();
        this.byDocument = new HashMap<>();
        for (int i = 0; i < this.chunks.size(); i++) {
            ordinalsByDocument.computeIfAbsent(this.chunks.get(i).docId(), d -> new ArrayList<>()).add(i);
        }
        for (Chunk c : this.chunks) {
            for (Sentence s : c.sentences()) {
                byDocument.computeIfAbsent(s.docId(), d -> new ArrayList<>()).add(s);
            }
        }
    }

    /** Hybrid search with an already computed query vector. */
    @Override
    public List<Passage> retrieve(String query, float[] queryVector, int limit) {
        return fuse(vectors.search(queryVector, CANDIDATES), keywords.search(query, CANDIDATES), queryVector, limit);
    }

    /**
     * Hybrid search within some articles only, for questions that name the article they mean
     * ("according to the Harbor Post", "the March 3 piece"). Exact vector search over those articles' chunks.
     */
    @Override
    public List<Passage> retrieveWithin(String query, float[] queryVector, int limit, Set<String> docs) {
        List<VectorIndex.Hit> dense = new ArrayList<>();
        for (String doc : docs) {
            for (int ordinal : ordinalsByDocument.getOrDefault(doc, List.of())) {
                dense.add(new VectorIndex.Hit(ordinal, Embedder.dot(queryVector, vectors.vector(ordinal))));
            }
        }
        dense.sort(Comparator.comparingDouble(VectorIndex.Hit::cosine).reversed());
        List<VectorIndex.Hit> top = dense.subList(0, Math.min(CANDIDATES, dense.size()));
        return fuse(top, keywords.search(query, CANDIDATES, docs), queryVector, limit);
    }

    private List<Passage> fuse(List<VectorIndex.Hit> dense, List<Integer> sparse, float[] queryVector, int limit) {
        Map<Integer, double[]> fused = new HashMap<>(); // ordinal -> {rrf, cosine, denseRank, bm25Rank}
        for (int r = 0; r < dense.size(); r++) {
            double[] f = fused.computeIfAbsent(dense.get(r).ordinal(), k -> new double[4]);
            f[0] += 1.0 / (RRF_K + r + 1);
            f[1] = dense.get(r).cosine();
            f[2] = r + 1;
        }
        for (int r = 0; r < sparse.size(); r++) {
            double[] f = fused.computeIfAbsent(sparse.get(r), k -> new double[4]);
            f[0] += 1.0 / (RRF_K + r + 1);
            f[3] = r + 1;
        }
        List<Passage> out = new ArrayList<>();
        fused.forEach((ordinal, f) -> out.add(new Passage(chunks.get(ordinal), f[0],
                f[2] > 0 ? f[1] : Embedder.dot(queryVector, vectors.vector(ordinal)), (int) f[2], (int) f[3])));
        out.sort(Comparator.comparingDouble(Passage::score).reversed());
        return out.subList(0, Math.min(limit, out.size()));
    }

    /** Chunk ordinals the vector search alone returns, best first: exact on small corpora, HNSW on large ones. */
    public List<Integer> denseSearch(float[] queryVector, int limit) {
        return vectors.search(queryVector, limit).stream().map(VectorIndex.Hit::ordinal).toList();
    }

    /** The stored vector of chunk {@code ordinal}, to compare approximate search with exact search. */
    public float[] chunkVector(int ordinal) {
        return vectors.vector(ordinal);
    }

    @Override
    public float[] embed(String text) {
        return embedder.embed(text);
    }

    @Override
    public float[] sentenceVector(Sentence s) {
        float[] v = sentenceVectors.get(s);
        if (v == null) {
            throw new IllegalArgumentException("sentence not in the index: " + s.docId() + "#" + s.position());
        }
        return v;
    }

    @Override
    public Set<String> sentenceTerms(Sentence s) {
        return sentenceTerms == null ? lexicon.terms(s.text())
                : sentenceTerms.computeIfAbsent(s, x -> lexicon.terms(x.text()));
    }

    @Override
    public Set<String> headingTerms(String heading) {
        // analysed when first asked for: at 10,000 articles analysing every heading up front took seconds of each start
        return headingTerms.computeIfAbsent(heading, lexicon::terms);
    }

    @Override
    public Optional<Sentence> next(Sentence s) {
        return at(s.docId(), s.position() + 1);
    }

    @Override
    public Optional<Sentence> previous(Sentence s) {
        return at(s.docId(), s.position() - 1);
    }

    private Optional<Sentence> at(String doc, int position) {
        List<Sentence> sentences = byDocument.getOrDefault(doc, List.of());
        return position >= 0 && position < sentences.size() && sentences.get(position).position() == position
                ? Optional.of(sentences.get(position)) : Optional.empty();
    }

    @Override
    public Lexicon lexicon() {
        return lexicon;
    }

    public List<Chunk> chunks() {
        return chunks;
    }
}
