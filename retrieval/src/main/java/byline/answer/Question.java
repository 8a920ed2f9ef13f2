package byline.answer;

import java.util.Objects;

/**
 * What a user asked.
 *
 * @param text    the question as typed, without bot mentions
 * @param earlier the earlier question of the same thread or reply chain, empty when there is none;
 *                it gives follow-ups ("and who does he report to?") their context
 */
public record Question(String text, String earlier) {

    public Question {
        Objects.requireNonNull(text, "text");
        earlier = earlier == null ? "" : earlier.strip();
        text = text.strip();
    }

    public Question(String text) {
        this(text, "");
    }

    public boolean hasEarlier() {
        return !earlier.isEmpty();
    }
}
