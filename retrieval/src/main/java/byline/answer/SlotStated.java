package byline.answer;

import byline.corpus.Sentence;

import java.util.List;
import java.util.Optional;

/**
 * A question that asks who holds a role ("who chairs the trust?"), where a firm is based, where someone grew up or who
 * came second ({@link SlotWords}) is answered by a sentence that names the slot: "the trust's chair, Mara Quint",
 * "based in Ostley", "Bea Lund was second". When none of the sentences the answer would show ({@link Composer#shown})
 * names it, they mention the organisation or the person but not who holds the role or where: that is the near miss,
 * however well they match.
 * {@link SlotWords} has already kept the naming sentences of the best article when it has any, so this check only
 * meets articles that never state the slot.
 */
final class SlotStated implements ShownSentencesCheck.Rule {
    static final String UNSTATED = "the sentences that would answer do not name what the question asks who holds";

    @Override
    public boolean applies(QuestionPart part) {
        return SlotWords.asked(part.text()).isPresent();
    }

    @Override
    public Optional<String> declines(QuestionPart part, List<Sentence> shown) {
        Optional<SlotWords.Slot> slot = SlotWords.asked(part.text());
        boolean stated = slot.isEmpty() || shown.stream().anyMatch(s -> slot.get().namedIn(s.text()));
        return stated ? Optional.empty() : Optional.of(UNSTATED);
    }
}
