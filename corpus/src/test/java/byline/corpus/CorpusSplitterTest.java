package byline.corpus;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorpusSplitterTest {
    private static Corpus corpus;
    private static List<Chunk> chunks;

    @BeforeAll
    static void split() {
        corpus = new CorpusLoader().load(BundledCorpus.path());
        chunks = new CorpusSplitter().split(corpus);
    }

    private static List<Sentence> sentences(String doc) {
        return chunks.stream().filter(c -> c.docId().equals(doc)).flatMap(c -> c.sentences().stream()).toList();
    }

    private static Sentence find(String doc, String start) {
        return sentences(doc).stream().filter(s -> s.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no sentence of " + doc + " starts with: " + start));
    }

    @Test
    void recovers_the_cells_of_a_flattened_career_table_with_its_header() {
        Sentence row = find("pretraining-isnt-done", "Year: 2015–2017");

        assertEquals(Sentence.Kind.TABLE_ROW, row.kind());
        assertEquals("Year: 2015–2017; Where: OpenAI; Role: Founding research scientist, deep learning + computer vision",
                row.text());
        assertEquals("Year: 2024–2026; Where: Eureka Labs; Role: His own startup, applying AI assistants to education",
                find("pretraining-isnt-done", "Year: 2024–2026").text());
    }

    @Test
    void keeps_camel_case_names_whole_while_splitting_glued_cells() {
        Sentence row = find("business20-claude-on-claude", "Outlet: TechRepublic;");

        assertTrue(row.text().contains("Headline: OpenAI Co-Founder Andrej Karpathy Joins Anthropic in AI Research Shakeup;"),
                row.text());
        assertTrue(row.text().endsWith("Key Quote / Detail: \"Karpathy might just be the best man for the job\""), row.text());
        assertEquals("TechRepublic", row.credited());
        assertEquals("Lab: OpenAI; Recent senior moves: Product and enterprise scaling under Altman; "
                        + "Stated 2026 emphasis: ChatGPT product surface, GPT-5 enterprise rollout",
                find("business20-claude-on-claude", "Lab: OpenAI").text());
    }

    @Test
    void bullets_become_list_items_without_their_markers() {
        Sentence item = find("business20-claude-on-claude", "Karpathy reports to Nick Joseph");

        assertEquals(Sentence.Kind.LIST_ITEM, item.kind());
        assertTrue(item.heading().endsWith(" — Key Takeaways"), item.heading());
        assertEquals(Sentence.Kind.LIST_ITEM, find("recursive-mandate", "He framed it as").kind());
    }

    @Test
    void sources_lists_become_outlet_headline_entries() {
        Sentence cnbc = find("recursive-mandate", "CNBC headline:");

        assertEquals(Sentence.Kind.SOURCE_ITEM, cnbc.kind());
        assertEquals("CNBC", cnbc.credited());
        assertEquals("CNBC headline: “Anthropic hires OpenAI co-founder Andrej Karpathy, former Tesla AI lead”", cnbc.text());
        assertEquals("Reuters", find("ai-assisted-research-bet", "Reuters headline:").credited());
        assertEquals("TechCrunch", find("pretraining-isnt-done", "Source: TechCrunch").credited());
    }

    @Test
    void headings_and_repeated_titles_are_context_not_sentences() {
        List<String> texts = sentences("ai-assisted-research-bet").stream().map(Sentence::text).toList();

        assertFalse(texts.contains("Why Karpathy Matters"));
        assertFalse(texts.stream().anyMatch(t -> t.startsWith("Karpathy Joins Anthropic: A Pretraining Hire")));
        assertEquals("Karpathy Joins Anthropic: A Pretraining Hire That Bets on AI-Assisted Research — Why Karpathy Matters",
                find("ai-assisted-research-bet", "That background makes").heading());
    }

    @Test
    void sentences_before_any_section_heading_are_headed_by_the_headline() {
        Sentence first = find("ai-assisted-research-bet", "On May 19, 2026");

        assertEquals("Karpathy Joins Anthropic: A Pretraining Hire That Bets on AI-Assisted Research", first.heading());
    }

    @Test
    void credits_the_outlet_a_sentence_attributes_its_fact_to() {
        assertEquals("Reuters", find("ai-assisted-research-bet", "According to Reuters").credited());
        assertEquals("TechCrunch", find("pretraining-isnt-done", "Per TechCrunch").credited());
        assertEquals("The Wall Street Journal", find("ai-assisted-research-bet", "Separately, The Wall Street Journal").credited());
        assertEquals("TechCrunch", find("business20-claude-on-claude", "An Anthropic spokesperson told TechCrunch").credited());
        assertEquals("", find("ai-assisted-research-bet", "On May 19, 2026, Andrej Karpathy announced").credited());
    }

    @Test
    void never_splits_inside_a_sentence_and_keeps_chunks_small() {
        Sentence trial = find("business20-claude-on-claude", "CNBC anchored the story");
        assertTrue(trial.text().endsWith("the Musk v. Altman trial that wrapped a day earlier."), trial.text());
        for (Chunk c : chunks) {
            assertTrue(c.sentences().size() <= CorpusSplitter.DEFAULT_MAX_SENTENCES);
            assertTrue(c.sentences().size() == 1 || c.text().length() <= CorpusSplitter.DEFAULT_MAX_CHARS, c.text());
            assertTrue(c.sentences().stream().map(Sentence::docId).collect(Collectors.toSet()).size() == 1);
        }
    }

    @Test
    void drops_the_dateline_so_it_is_not_read_as_an_event_date() {
        Sentence lead = find("business20-claude-on-claude", "Andrej Karpathy, a founding member of OpenAI");

        assertFalse(lead.text().contains("LONDON"));
    }
}
