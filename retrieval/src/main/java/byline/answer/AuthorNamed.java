package byline.answer;

import byline.corpus.Sentence;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "Who wrote the union's statement?", "who wrote the review in the Courier?" ask a writer, and news names one beside
 * the writing: "Ana Ruiz wrote…", "an essay by the critic Ivo Dane", "music by Ada Lowe". A statement or a post that
 * an organisation put out ("the union said in a statement") names no writer: the near miss. When none of the
 * sentences the answer would show ({@link Composer#shown}) has a name the question lacks beside a word of writing,
 * they do not say who wrote it. Questions about who wrote an article itself are {@link ArticleFacts}' (its byline).
 * The words are general English, all in this file.
 */
final class AuthorNamed implements ShownSentencesCheck.Rule {
    static final String UNNAMED = "the sentences that would answer name no one who wrote it";

    private static final Pattern ASKS = Pattern.compile("(?i)^\\W*who(?:'s|’s|\\s+(?:has|had|was|is))?\\s+(?:wrote|writes|"
            + "written|authored|penned|composed|is the author|was the author)\\b");
    /** Writing named in a sentence: its verb, its author, or a work "by" someone. */
    private static final Pattern WRITING = Pattern.compile("(?i)\\b(?:wrote|writes|written|writing|writer|author(?:ed|s)?|"
            + "penned|composed|composer|columnist|described|documented|recorded|published|"
            + "(?:essay|book|novel|article|piece|report|column|story|script|screenplay|score|music|lyrics|words|letter|"
            + "play|poem|song|statement|post|blog|review)s? (?:(?:is|was|are|were) )?by)\\b");

    @Override
    public boolean applies(QuestionPart part) {
        return ASKS.matcher(Chat.plain(part.text())).find();
    }

    @Override
    public Optional<String> declines(QuestionPart part, List<Sentence> shown) {
        return shown.stream().anyMatch(s -> NameBeside.in(s, part.text(), WRITING, w -> true)) ? Optional.empty()
                : Optional.of(UNNAMED);
    }
}
