package byline.retrieval;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Word normalisation shared by BM25 and sentence scoring: Lucene's English analysis (stop words, possessives,
 * Porter stems) with irregular verbs read as their base ({@link IrregularVerbs}), and hyphenated compounds also
 * indexed joined ("pre-training" matches "pretraining").
 */
public final class Lexicon {
    private static final Pattern HYPHENATED = Pattern.compile("\\b(\\p{L}+)-(\\p{L}+)\\b");
    private static final Pattern[] QUARTERS = {
            Pattern.compile("(?i)\\b(?:first|1st)[- ]quarter\\b"), Pattern.compile("(?i)\\b(?:second|2nd)[- ]quarter\\b"),
            Pattern.compile("(?i)\\b(?:third|3rd)[- ]quarter\\b"), Pattern.compile("(?i)\\b(?:fourth|4th)[- ]quarter\\b")};
    /**
     * Lucene's English stop words plus question and chat words: "did", "what", "wait" say nothing about
     * which passage answers, and must not count as words the corpus lacks.
     */
    static final CharArraySet STOP_WORDS = stopWords();
    private final Analyzer analyzer = new EnglishTerms();
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private int documents;

    /** A hash of the code that decides a text's terms: part of the keys of caches that hold terms. */
    static String codeFingerprint() {
        return CodeFingerprint.of(Lexicon.class, "Lexicon", "Lexicon$EnglishTerms", "Abbreviations", "IrregularVerbs");
    }

    /** Whether {@code word} (in lower case) is a stop word: it says nothing about which passage answers. */
    public static boolean isStopWord(String word) {
        return STOP_WORDS.contains(word);
    }

    Analyzer analyzer() {
        return analyzer;
    }

    /**
     * Adds the hyphen-joined form of compounds, so both spellings share a term, the short form of
     * quarters ("second quarter" also reads "Q2") and the other form of an abbreviation ({@link Abbreviations}).
     */
    public static String prepare(String text) {
        String out = Abbreviations.withOtherForms(text);
        if (out.toLowerCase(java.util.Locale.ROOT).contains("quarter")) { // each pattern needs the word
            for (int q = 0; q < QUARTERS.length; q++) {
                out = QUARTERS[q].matcher(out).replaceAll("$0 Q" + (q + 1));
            }
        }
        return out.indexOf('-') < 0 ? out : HYPHENATED.matcher(out).replaceAll("$1-$2 $1$2");
    }

    /** Distinct normalised terms of {@code text}, in order of first appearance. */
    public Set<String> terms(String text) {
        return analyze(prepare(text));
    }

    private Set<String> analyze(String prepared) {
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream ts = analyzer.tokenStream("t", prepared)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing text failed", e);
        }
        return out;
    }

    /**
     * Terms of a question: as {@link #terms}, but a hyphen-joined form the corpus never uses is dropped, so
     * "frontier-lab" counts as "frontier" and "lab", not also as an unknown word.
     */
    public Set<String> queryTerms(String text) {
        Set<String> plain = analyze(HYPHENATED.matcher(text).replaceAll("$1 $2"));
        Set<String> out = new LinkedHashSet<>();
        for (String t : terms(text)) {
            if (plain.contains(t) || known(t)) {
                out.add(t);
            }
        }
        return out;
    }

    private static CharArraySet stopWords() {
        CharArraySet set = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        set.addAll(List.of("what", "which", "who", "whom", "whose", "when", "where", "why", "how", "do", "does",
                "did", "done", "doing", "has", "have", "had", "having", "can", "could", "would", "should", "shall",
                "may", "might", "must", "s", "about", "even", "just", "really", "i", "me", "my", "you", "your",
                "we", "our", "he", "she", "him", "her", "his", "its", "them", "us", "wait", "hey", "ok", "okay",
                "so", "than", "too", "very", "was", "were", "been", "being", "am", "tell", "isn't", "aren't",
                "wasn't", "weren't", "don't", "doesn't", "didn't", "won't", "can't", "i'm", "it's", "there's",
                "what's", "who's", "let", "lets", "please", "any", "some", "anything", "something"));
        return CharArraySet.unmodifiableSet(set);
    }

    /** Counts a unit (a sentence) toward document frequencies. */
    void count(Collection<String> unitTerms) {
        documents++;
        unitTerms.forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
    }

    /** Inverse document frequency over sentences; unknown terms get the highest value. */
    public double idf(String term) {
        int df = documentFrequency.getOrDefault(term, 0);
        return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
    }

    /** Writes the counts, so a large corpus need not be analysed again at start. */
    void writeTo(DataOutputStream out) throws IOException {
        out.writeInt(documents);
        out.writeInt(documentFrequency.size());
        for (Map.Entry<String, Integer> e : documentFrequency.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeInt(e.getValue());
        }
    }

    /** A lexicon as {@link #writeTo} wrote it. */
    static Lexicon readFrom(DataInputStream in) throws IOException {
        Lexicon lexicon = new Lexicon();
        lexicon.documents = in.readInt();
        for (int i = in.readInt(); i > 0; i--) {
            lexicon.documentFrequency.put(in.readUTF(), in.readInt());
        }
        return lexicon;
    }

    /** Whether the corpus uses {@code term} at all. */
    public boolean known(String term) {
        return documentFrequency.containsKey(term);
    }

    /**
     * The chain of Lucene's {@code EnglishAnalyzer} with one step before stemming: an irregular past form ("paid")
     * becomes the stem of its base ("pay"), which the stemmer then leaves alone.
     */
    private static final class EnglishTerms extends Analyzer {
        private static final StemmerOverrideFilter.StemmerOverrideMap IRREGULAR = irregular();

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new EnglishPossessiveFilter(source);
            result = new LowerCaseFilter(result);
            result = new StopFilter(result, STOP_WORDS);
            result = new StemmerOverrideFilter(result, IRREGULAR);
            return new TokenStreamComponents(source, new PorterStemFilter(result));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }

        /** The irregular forms mapped to the stems Porter gives their bases ("paid" to "pai", as "pay" stems). */
        private static StemmerOverrideFilter.StemmerOverrideMap irregular() {
            try (Analyzer porter = new EnglishAnalyzer(CharArraySet.EMPTY_SET)) {
                return IrregularVerbs.overrides(word -> stem(porter, word));
            }
        }

        private static String stem(Analyzer porter, String word) {
            try (TokenStream ts = porter.tokenStream("t", word)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                ts.reset();
                String out = ts.incrementToken() ? term.toString() : word;
                ts.end();
                return out;
            } catch (IOException e) {
                throw new UncheckedIOException("stemming " + word + " failed", e);
            }
        }
    }
}
