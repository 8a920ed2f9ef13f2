package byline.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A platform-neutral answer. An answer that is not abstained always has sentences and citations, and every
 * sentence cites at least one of them: the constructor refuses anything else, so every renderer inherits
 * "always cites the outlet".
 *
 * @param lead      a short opening line (e.g. "Three articles report this."), may be empty
 * @param sentences the answer's sentences with their citation numbers; empty when abstained
 * @param citations the sources, numbered from 1 in order of first use; empty when abstained
 * @param abstained true when the corpus does not answer the question
 * @param evidence  passages and scores behind the answer, best first (for {@code :why})
 * @param answerer  which answerer produced it ("extractive", "llm:openai", ...)
 */
public record Answer(String lead, List<AnswerSentence> sentences, List<Citation> citations, boolean abstained,
                     List<Evidence> evidence, String answerer) {

    /** What an abstained answer says. */
    public static final String NOT_IN_CORPUS = "I couldn't find that in the articles I have.";

    public Answer {
        lead = lead == null ? "" : lead.strip();
        sentences = List.copyOf(Objects.requireNonNull(sentences, "sentences"));
        citations = List.copyOf(Objects.requireNonNull(citations, "citations"));
        evidence = List.copyOf(Objects.requireNonNull(evidence, "evidence"));
        Objects.requireNonNull(answerer, "answerer");
        if (abstained && (!sentences.isEmpty() || !citations.isEmpty())) {
            throw new IllegalArgumentException("an abstained answer carries no sentences or citations");
        }
        if (!abstained) {
            requireCited(sentences, citations);
        }
    }

    private static void requireCited(List<AnswerSentence> sentences, List<Citation> citations) {
        if (sentences.isEmpty() || citations.isEmpty()) {
            throw new IllegalArgumentException("an answer that is not abstained needs sentences and citations");
        }
        Set<Integer> numbers = new HashSet<>();
        for (int i = 0; i < citations.size(); i++) {
            if (citations.get(i).number() != i + 1) {
                throw new IllegalArgumentException("citations must be numbered 1..n in order");
            }
            numbers.add(i + 1);
        }
        Set<Integer> used = new HashSet<>();
        for (AnswerSentence s : sentences) {
            for (int r : s.refs()) {
                if (!numbers.contains(r)) {
                    throw new IllegalArgumentException("marker [" + r + "] points at no citation");
                }
                used.add(r);
            }
        }
        if (!used.equals(numbers)) {
            throw new IllegalArgumentException("every citation must be used by a sentence");
        }
    }

    /** The abstention: says plainly that the corpus does not answer. */
    public static Answer abstain(List<Evidence> evidence, String answerer) {
        return new Answer(NOT_IN_CORPUS, List.of(), List.of(), true, evidence, answerer);
    }

    /** Lead and marked sentences, as plain text without the sources footer. */
    public String text() {
        if (abstained) {
            return lead;
        }
        String body = sentences.stream().map(AnswerSentence::marked).collect(Collectors.joining(" "));
        return lead.isEmpty() ? body : lead + " " + body;
    }

    /** Footer lines, one per citation: {@code [1] Reuters, via "Title" (2026-05-27)}. */
    public List<String> footer() {
        return citations.stream().map(c -> "[" + c.number() + "] " + c.label()).toList();
    }
}
