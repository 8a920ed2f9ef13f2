package byline.answer;

import java.util.List;
import java.util.Objects;

/**
 * One sentence of an answer and the citations it rests on.
 *
 * @param text the sentence as the article states it (or as an LLM wrote it)
 * @param refs citation numbers, at least one; several when articles agree on it
 */
public record AnswerSentence(String text, List<Integer> refs) {

    public AnswerSentence {
        Objects.requireNonNull(text, "text");
        refs = List.copyOf(refs);
        if (text.isBlank()) {
            throw new IllegalArgumentException("blank answer sentence");
        }
        if (refs.isEmpty()) {
            throw new IllegalArgumentException("answer sentence without a citation: " + text);
        }
    }

    /** The sentence followed by its markers: {@code text [1][3]}. */
    public String marked() {
        StringBuilder sb = new StringBuilder(text);
        for (int r : refs) {
            sb.append(r == refs.get(0) ? " [" : "[").append(r).append(']');
        }
        return sb.toString();
    }
}
