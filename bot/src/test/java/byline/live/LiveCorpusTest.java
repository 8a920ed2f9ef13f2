package byline.live;

import byline.Library;
import byline.answer.Question;
import byline.corpus.CorpusLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(60)
class LiveCorpusTest {
    private static final Duration QUIET = Duration.ofMillis(400);

    @TempDir
    Path root;
    private Path dir;
    private final FakeEditions editions = new FakeEditions();
    private Library library;
    private LiveCorpus live;
    private Refreshes refreshes;

    @BeforeEach
    void oneArticle() throws IOException {
        dir = Files.createDirectory(root.resolve("articles"));
        Articles.write(dir, "ferry", "The harbour authority approved a second ferry terminal.");
        library = new Library(FakeEditions.edition(new CorpusLoader().load(dir)));
        live = LiveCorpus.start(dir, library, editions, QUIET);
        refreshes = new Refreshes(live);
    }

    @AfterEach
    void stop() {
        live.close();
    }

    @Test
    void given_a_watched_folder_when_an_article_is_added_then_it_is_served_within_seconds() throws Exception {
        Articles.write(dir, "bakery", "A bakery opened on the pier.");

        Refresh r = refreshes.await(Refresh::updated);

        assertEquals(List.of("bakery"), r.change().orElseThrow().added());
        assertEquals("added 1, changed 0, removed 0 articles", r.change().orElseThrow().describe());
        assertTrue(library.corpus().article("bakery").isPresent());
    }

    @Test
    void given_a_watched_folder_when_articles_change_and_go_then_the_sources_follow() throws Exception {
        Articles.write(dir, "bakery", "A bakery opened on the pier.");
        refreshes.await(r -> r.articles() == 2);

        Articles.write(dir, "bakery", "A bakery opened on the pier, selling rye bread.");
        Files.delete(dir.resolve("ferry.md"));
        Refresh r = refreshes.await(Refresh::updated);

        assertEquals("added 0, changed 1, removed 1 articles", r.change().orElseThrow().describe());
        assertEquals(List.of("bakery"), library.corpus().articles().stream().map(a -> a.id()).toList());
        assertTrue(library.corpus().articles().get(0).body().contains("rye bread"));
    }

    @Test
    void given_a_copy_of_500_files_when_it_lands_then_it_is_one_update() throws Exception {
        Path staging = Files.createDirectory(root.resolve("staging"));
        for (int i = 0; i < 500; i++) {
            Articles.write(staging, String.format("story-%03d", i), "Story number " + i + " is about the harbour.");
        }
        try (Stream<Path> files = Files.list(staging)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }

        Refresh r = refreshes.await(x -> x.articles() == 501);

        assertEquals(500, r.change().orElseThrow().added().size());
        assertEquals(1, editions.builds.get(), "one rebuild for the whole copy");
    }

    @Test
    void given_an_article_being_rewritten_when_it_is_half_written_then_its_last_good_version_keeps_serving()
            throws Exception {
        Files.writeString(dir.resolve("ferry.md"), "---\ntitle: \"ferry\"\noutlet: \"Test W"); // save in progress
        Articles.write(dir, "bakery", "A bakery opened on the pier.");

        Refresh r = refreshes.await(Refresh::updated);

        assertEquals(List.of("bakery"), r.change().orElseThrow().added());
        assertEquals(List.of(), r.change().orElseThrow().changed());
        assertTrue(library.corpus().article("ferry").orElseThrow().body().contains("second ferry terminal"));
    }

    @Test
    void given_a_rebuild_in_progress_when_a_question_arrives_then_the_old_edition_answers_at_once() throws Exception {
        CountDownLatch building = editions.holdNextBuild();
        Articles.write(dir, "bakery", "A bakery opened on the pier.");
        assertTrue(building.await(15, TimeUnit.SECONDS), "the rebuild started");

        String during = library.answerer().answer(new Question("anything new at the pier?")).text();
        editions.release();
        refreshes.await(Refresh::updated);
        String after = library.answerer().answer(new Question("anything new at the pier?")).text();

        assertTrue(during.startsWith("Built from 1 articles."), during);
        assertTrue(after.startsWith("Built from 2 articles."), after);
    }

    @Test
    void given_the_folder_is_deleted_then_the_last_index_serves_until_it_comes_back() throws Exception {
        deleteTree(dir);

        Refresh gone = refreshes.await(r -> r.problem().isPresent());
        String answer = library.answerer().answer(new Question("what about the ferry?")).text();
        Files.createDirectory(dir);
        Articles.write(dir, "ferry", "The harbour authority approved a second ferry terminal.");
        Articles.write(dir, "bakery", "A bakery opened on the pier.");
        Refresh back = refreshes.await(r -> r.articles() == 2);

        assertTrue(gone.problem().orElseThrow().contains("not found"), gone.problem().orElseThrow());
        assertEquals(1, gone.articles());
        assertTrue(answer.startsWith("Built from 1 articles."), answer);
        assertEquals(List.of("bakery"), back.change().orElseThrow().added());
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
