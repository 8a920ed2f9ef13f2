package byline.answer;

import java.util.List;
import java.util.Objects;

/**
 * What a user asked.
 *
 * @param text          the question as typed, without bot mentions
 * @param earlier       the earlier question of the same thread or reply chain, empty when there is none;
 *                      it gives follow-ups ("and who does he report to?") their context
 * @param earlierAnswer the sentences of the answer Byline gave to {@code earlier}, without citation markers, empty
 *                      when there is none (or it abstained): a follow-up's "he" may name someone only the answer
 *                      named, and an answer should not repeat what was just said
 * @param earlierSources ids of the articles that answer cited, empty when there is none: a follow-up stays on the
 *                      topic just discussed, so their sentences are preferred
 * @param earlierSaid   the sentences Byline said in the conversation's turns before {@code earlierAnswer}, oldest
 *                      first, empty when there are none: a follow-up is not answered with what was said a few
 *                      turns back either
 */
public record Question(String text, String earlier, List<String> earlierAnswer, List<String> earlierSources,
                       List<String> earlierSaid) {

    public Question {
        Objects.requireNonNull(text, "text");
        earlier = earlier == null ? "" : earlier.strip();
        text = text.strip();
        earlierAnswer = earlierAnswer == null ? List.of() : List.copyOf(earlierAnswer);
        earlierSources = earlierSources == null ? List.of() : List.copyOf(earlierSources);
        earlierSaid = earlierSaid == null ? List.of() : List.copyOf(earlierSaid);
    }

    public Question(String text, String earlier, List<String> earlierAnswer, List<String> earlierSources) {
        this(text, earlier, earlierAnswer, earlierSources, List.of());
    }

    public Question(String text, String earlier, List<String> earlierAnswer) {
        this(text, earlier, earlierAnswer, List.of());
    }

    public Question(String text, String earlier) {
        this(text, earlier, List.of());
    }

    public Question(String text) {
        this(text, "", List.of(), List.of(), List.of());
    }

    public boolean hasEarlier() {
        return !earlier.isEmpty();
    }

    /** The same turn asked with other words (a follow-up with its pronoun resolved). */
    public Question withText(String newText) {
        return new Question(newText, earlier, earlierAnswer, earlierSources, earlierSaid);
    }

    /** Everything Byline said in this conversation, oldest first: the turns before the last, then the last. */
    public List<String> saidSoFar() {
        List<String> all = new java.util.ArrayList<>(earlierSaid);
        all.addAll(earlierAnswer);
        return all;
    }
}
