package byline.answer;

import byline.corpus.Sentence;
import byline.retrieval.Lexicon;

import java.util.List;

/**
 * How much of the question stands right beside the value a sentence offers as the answer. A sentence that answers
 * "what was the mill's profit?" writes its figure next to "profit"; a near miss holds the question's words and a
 * figure too, but the figure sits beside other words ("sales rose to $40 million ... and its first profit"). This is
 * the sliding-window reading of extractive question answering: the question's IDF weight found within
 * {@link #WORDS} words either side of the closest value, over the question's whole weight.
 */
final class AnswerWindow {
    /** Words either side of a value that count as beside it: about a clause. */
    static final int WORDS = 6;
    /** Values read per sentence at most: a table row or a list of figures need not be read to its end. */
    static final int VALUES = 6;

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\S+");

    private final Lexicon lexicon;

    AnswerWindow(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The largest share of {@code part}'s weight within the window of any value of the asked kind in {@code s};
     * 0 when the question asks for no particular kind or the sentence holds no such value.
     */
    double nearness(QuestionPart part, Sentence s) {
        double total = part.totalWeight();
        if (total == 0) {
            return 0;
        }
        List<int[]> values = part.type().valueSpans(s, part.text());
        if (values.isEmpty()) {
            return 0;
        }
        List<int[]> words = words(s.text());
        double best = 0;
        for (int[] v : values.subList(0, Math.min(VALUES, values.size()))) {
            String beside = window(s.text(), words, v[0], v[1]);
            best = Math.max(best, Features.covered(part.weights(), lexicon.terms(beside)) / total);
        }
        return best;
    }

    /** The {@link #WORDS} words before {@code [start, end)} of {@code text} and the {@link #WORDS} after it. */
    static String window(String text, int start, int end) {
        return window(text, words(text), start, end);
    }

    /** The words of {@code text} as {start, end} offsets, read once per sentence however many values it holds. */
    private static List<int[]> words(String text) {
        List<int[]> words = new java.util.ArrayList<>();
        java.util.regex.Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        return words;
    }

    private static String window(String text, List<int[]> words, int start, int end) {
        int first = 0;
        while (first < words.size() && words.get(first)[1] <= start) {
            first++;
        }
        int last = first;
        while (last < words.size() && words.get(last)[0] < end) {
            last++;
        }
        StringBuilder out = new StringBuilder();
        for (int i = Math.max(0, first - WORDS); i < Math.min(words.size(), last + WORDS); i++) {
            if (i < first || i >= last) {
                out.append(text, words.get(i)[0], words.get(i)[1]).append(' ');
            }
        }
        return out.toString().strip();
    }
}
