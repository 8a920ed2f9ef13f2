package byline.answer;

/**
 * A passage behind an answer and how it scored, for {@code :why}.
 *
 * @param doc    document id
 * @param text   the passage
 * @param score  the final score used to rank it (higher is better)
 * @param detail how the score was made, e.g. {@code dense=0.61 bm25=#2 fused=0.032}
 */
public record Evidence(String doc, String text, double score, String detail) {
}
