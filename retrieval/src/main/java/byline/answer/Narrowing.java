package byline.answer;

import java.util.List;

/**
 * The ranked candidates narrowed to those that can answer what the question is about, in the ranker's order: of an
 * article that mentions its names ({@link NamedArticles}), naming the role it asks who holds ({@link SlotWords}),
 * giving the age of the one it asks how old ({@link AgeBeside}), and not saying that what it asks was withheld
 * ({@link Undisclosed}). Each is a general rule the learned ranker cannot learn from its features; answerability then
 * judges what is left.
 */
record Narrowing(NamedArticles namedArticles, SlotWords slotWords, AgeBeside ageBeside, Undisclosed undisclosed) {
    /** Why nothing is left of candidates there were: only {@link Undisclosed} drops them all. */
    static final String WITHHELD = "declined: the best match, or one scored as close as the ranker can tell, says "
            + "what is asked was not disclosed";

    List<Ranked> of(QuestionPart part, List<Ranked> ranked) {
        return undisclosed.without(part,
                ageBeside.without(part, slotWords.without(part, namedArticles.without(part, ranked))));
    }
}
