package byline.answer.llm;

import java.util.List;

/** What a model's reply amounts to once Byline has checked it. */
sealed interface CheckedReply {

    /** Sentences that each cite at least one passage that exists; what was dropped, for the log. */
    record Cited(List<Claim> claims, List<Integer> droppedMarkers, int droppedSentences) implements CheckedReply {
        public Cited {
            claims = List.copyOf(claims);
            droppedMarkers = List.copyOf(droppedMarkers);
            if (claims.isEmpty()) {
                throw new IllegalArgumentException("a cited reply needs at least one claim");
            }
        }
    }

    /** The model said the passages do not answer. */
    record NotInArticles() implements CheckedReply {
    }

    /** Nothing usable: no valid marker, or an empty reply. */
    record Unusable(String reason) implements CheckedReply {
    }

    /**
     * One sentence of the reply, markers removed.
     *
     * @param text     the sentence without its markers
     * @param passages the 1-based numbers of the passages it cites, as numbered in the prompt, no duplicates
     */
    record Claim(String text, List<Integer> passages) {
        public Claim {
            passages = List.copyOf(passages);
        }
    }
}
