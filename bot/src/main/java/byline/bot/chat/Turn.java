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
 * @param saidBefore what Byline said in the conversation's earlier turns, oldest first, at most
 *                 {@link #REMEMBERED} sentences: a follow-up is not answered with what was said a few turns back
 */
public record Turn(String question, List<String> said, List<String> cited, List<String> saidBefore) {
    /** How many earlier sentences a conversation remembers: a few answers' worth, so memory stays small. */
    public static final int REMEMBERED = 12;

    public Turn {
        Objects.requireNonNull(question, "question");
        said = List.copyOf(said);
        cited = List.copyOf(cited);
        saidBefore = List.copyOf(saidBefore.subList(Math.max(0, saidBefore.size() - REMEMBERED), saidBefore.size()));
    }

    /** A question asked, its answer not known yet. */
    public static Turn asked(String question) {
        return new Turn(question, List.of(), List.of(), List.of());
    }

    /** A question that opened a conversation and what Byline answered. */
    public static Turn answered(String question, Answer answer) {
        return answered(question, answer, new Question(question));
    }

    /**
     * A question and what Byline answered, when it was {@code asked} as a follow-up: what the conversation said
     * before is carried on.
     */
    public static Turn answered(String question, Answer answer, Question asked) {
        return new Turn(question, answer.sentences().stream().map(AnswerSentence::text).toList(),
                answer.citations().stream().map(Citation::doc).toList(), asked.saidSoFar());
    }

    /** {@code text} asked as a follow-up to this turn. */
    public Question followUp(String text) {
        return new Question(text, question, said, cited, saidBefore);
    }
}
