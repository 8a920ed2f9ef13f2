package byline.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorpusLoaderTest {
    private static final String GOOD = """
            ---
            title: "A good article"
            outlet: "Reuters"
            published: "2026-05-19"
            author: "Jane Doe"
            url: "https://example.com/a"
            ---
            Karpathy joined Anthropic. He will work on pretraining.
            """;

    @TempDir
    Path dir;

    @Test
    void loads_front_matter_fields_and_uses_file_name_as_id() throws IOException {
        write("good-one.md", GOOD);

        Corpus corpus = new CorpusLoader().load(dir);

        Article a = corpus.articles().get(0);
        assertEquals("good-one", a.id());
        assertEquals("A good article", a.title());
        assertEquals("Reuters", a.outlet());
        assertEquals("2026-05-19", a.published());
        assertEquals("Jane Doe", a.author());
        assertEquals("https://example.com/a", a.url());
        assertTrue(a.body().startsWith("Karpathy joined Anthropic."));
        assertTrue(corpus.skipped().isEmpty());
    }

    @Test
    void accepts_txt_with_first_line_as_title_and_no_outlet() throws IOException {
        write("note.txt", "Plain title here\nThe body says something useful.\n");

        Article a = new CorpusLoader().load(dir).articles().get(0);

        assertEquals("note", a.id());
        assertEquals("Plain title here", a.title());
        assertEquals("", a.outlet());
        assertEquals("The body says something useful.", a.body());
    }

    @Test
    void skips_each_kind_of_bad_file_with_its_reason_and_loads_the_rest() throws IOException {
        write("good.md", GOOD);
        write("no-front-matter.md", "Just text, no front matter.\n");
        write("malformed.md", "---\ntitle: [unclosed\noutlet: x\n---\nBody.\n");
        write("no-title.md", "---\noutlet: Reuters\n---\nBody text.\n");
        write("empty.md", "");
        write("blank.txt", "   \n\n");
        Files.write(dir.resolve("latin1.md"), "---\ntitle: caf\u00e9\n---\nna\u00efve".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(dir.resolve("binary.md"), new byte[]{0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x12});
        Files.write(dir.resolve("huge.md"), new byte[(int) ArticleFileReader.MAX_BYTES + 1]);
        Files.createSymbolicLink(dir.resolve("dangling.md"), dir.resolve("missing-target.md"));
        write("notes.json", "{}");

        Corpus corpus = new CorpusLoader().load(dir);

        assertEquals(1, corpus.articles().size());
        Map<String, String> reasons = corpus.skipped().stream()
                .collect(Collectors.toMap(Corpus.Skipped::file, Corpus.Skipped::reason));
        assertEquals(9, reasons.size(), reasons.toString());
        assertTrue(reasons.get("no-front-matter.md").startsWith("no front matter"));
        assertTrue(reasons.get("malformed.md").startsWith("malformed front matter"));
        assertEquals("front matter has no title", reasons.get("no-title.md"));
        assertEquals("empty file", reasons.get("empty.md"));
        assertEquals("empty file", reasons.get("blank.txt"));
        assertEquals("not UTF-8 text", reasons.get("latin1.md"));
        assertEquals("binary content", reasons.get("binary.md"));
        assertTrue(reasons.get("huge.md").startsWith("larger than 5 MB"));
        assertTrue(reasons.get("dangling.md").startsWith("unreadable"));
    }

    @Test
    void a_second_file_with_the_same_id_is_skipped() throws IOException {
        write("same.md", GOOD);
        write("same.txt", "Title\nBody text here.");

        Corpus corpus = new CorpusLoader().load(dir);

        assertEquals(1, corpus.articles().size());
        assertTrue(corpus.skipped().get(0).reason().startsWith("duplicate document id"));
    }

    @Test
    void a_folder_without_any_loadable_article_is_a_clear_error() throws IOException {
        write("empty.md", "");

        CorpusException e = assertThrows(CorpusException.class, () -> new CorpusLoader().load(dir));

        assertTrue(e.getMessage().contains("no loadable article"), e.getMessage());
    }

    @Test
    void given_only_bad_files_when_loaded_then_the_error_names_each_file_and_why() throws IOException {
        write("empty.md", "");
        write("untitled.md", "no front matter here\n");

        CorpusException e = assertThrows(CorpusException.class, () -> new CorpusLoader().load(dir));

        String[] lines = e.getMessage().split("\n");
        assertEquals(3, lines.length, e.getMessage());
        assertTrue(lines[0].endsWith("2 files skipped:"), lines[0]);
        assertTrue(lines[1].startsWith("  empty.md: "), lines[1]);
        assertTrue(lines[2].startsWith("  untitled.md: "), lines[2]);
    }

    @Test
    void given_one_article_file_when_loaded_then_it_is_the_corpus() throws IOException {
        write("one.md", GOOD);

        Corpus corpus = new CorpusLoader().load(dir.resolve("one.md"));

        assertEquals(1, corpus.articles().size());
        assertEquals("one", corpus.articles().get(0).id());
    }

    @Test
    void given_a_file_that_is_not_an_article_when_loaded_then_the_error_says_what_is_accepted() throws IOException {
        write("notes.pdf", "%PDF");

        CorpusException e = assertThrows(CorpusException.class,
                () -> new CorpusLoader().load(dir.resolve("notes.pdf")));

        assertTrue(e.getMessage().contains("give a folder of articles, or one .md, .markdown or .txt file"),
                e.getMessage());
    }

    @Test
    void a_missing_folder_is_a_clear_error() {
        CorpusException e = assertThrows(CorpusException.class,
                () -> new CorpusLoader().load(dir.resolve("nope")));

        assertTrue(e.getMessage().contains("not found"), e.getMessage());
    }

    @Test
    void loads_the_bundled_corpus_unchanged() {
        Corpus corpus = new CorpusLoader().load(BundledCorpus.path());

        assertEquals(5, corpus.articles().size());
        assertTrue(corpus.skipped().isEmpty());
        Article b = corpus.article("business20-claude-on-claude").orElseThrow();
        assertEquals("BUSINESS 2.0", b.outlet());
        assertEquals("2026-05-29", b.published());
        assertEquals("", corpus.article("pretraining-isnt-done").orElseThrow().outlet());
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content);
    }
}
