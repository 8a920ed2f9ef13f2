package byline.bot.chat;

import byline.answer.Answer;
import byline.answer.AnswerSentence;
import byline.answer.Citation;
import byline.answer.Question;

import java.util.List;
import java.util.Objects;

/**
 * The question Byline last answered in a conversation and the sentences it answered with, which a follow-up is
 * asked with: the core resolves "he" or "it" against both, can tell what was just said, and stays on the topic of
 * the articles it cited.
 *
 * @param question the question as asked (for a follow-up, with the question it followed)
 * @param said     the answer's sentences without markers; empty when Byline abstained or has not answered yet
 * @param cited    the ids of the articles the answer cited, in citation order; empty as {@code said} is
 */
public record Turn(String question, List<String> said, List<String> cited) {

    public Turn {
        Objects.requireNonNull(question, "question");
        said = List.copyOf(said);
        cited = List.copyOf(cited);
    }

    /** A question asked, its answer not known yet. */
    public static Turn asked(String question) {
        return new Turn(question, List.of(), List.of());
    }

    /** A question and what Byline answered. */
    public static Turn answered(String question, Answer answer) {
        return new Turn(question, answer.sentences().stream().map(AnswerSentence::text).toList(),
                answer.citations().stream().map(Citation::doc).toList());
    }

    /** {@code text} asked as a follow-up to this turn. */
    public Question followUp(String text) {
        return new Question(text, question, said, cited);
    }
}
