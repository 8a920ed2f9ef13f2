package byline.bench;

import byline.corpus.Article;
import byline.corpus.BundledCorpus;
import byline.corpus.Corpus;
import byline.corpus.CorpusLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorpusGeneratorTest {
    private static final Corpus BUNDLED = new CorpusLoader().load(BundledCorpus.path());

    @TempDir
    Path dir;

    @Test
    void generates_loadable_articles_that_do_not_repeat_each_other() throws IOException {
        new CorpusGenerator(BUNDLED).generate(dir, 20);

        Corpus synthetic = new CorpusLoader().load(dir);

        assertEquals(20, synthetic.articles().size());
        assertTrue(synthetic.skipped().isEmpty(), synthetic.skipped().toString());
        Set<String> bodies = new HashSet<>();
        Set<String> outlets = new HashSet<>();
        for (Article a : synthetic.articles()) {
            bodies.add(a.body());
            outlets.add(a.outlet());
        }
        assertEquals(20, bodies.size(), "every body differs");
        assertTrue(outlets.size() >= 10, "outlets vary: " + outlets);
    }

    @Test
    void two_articles_from_the_same_source_differ_in_names_and_numbers() {
        CorpusGenerator generator = new CorpusGenerator(BUNDLED);
        int sources = BUNDLED.articles().size();

        String first = generator.article(3);
        String second = generator.article(3 + sources);

        assertNotEquals(first, second);
        assertTrue(BUNDLED.articles().get(3).body().contains("Karpathy"));
        assertFalse(first.contains("Karpathy"), "names are replaced");
        assertFalse(second.contains("Karpathy"), "names are replaced");
    }

    @Test
    void the_same_size_gives_the_same_corpus_so_the_cache_hits() {
        CorpusGenerator generator = new CorpusGenerator(BUNDLED);

        assertEquals(generator.article(7), new CorpusGenerator(BUNDLED).article(7));
    }

    @Test
    void a_question_renamed_for_an_article_uses_the_names_that_article_gave() {
        CorpusGenerator generator = new CorpusGenerator(BUNDLED);

        String renamed = generator.renamed(7, "Why did Karpathy join Anthropic?");

        String[] words = renamed.split("[ ?]");
        assertNotEquals("Karpathy", words[2]);
        assertNotEquals("Anthropic", words[4]);
        assertTrue(generator.article(7).contains(words[2]), renamed);
        assertTrue(generator.article(7).contains(words[4]), renamed);
    }
}
