package byline.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The harness end to end on a tiny setup: three dev questions, a six-article synthetic corpus. */
class BenchmarksSmokeTest {
    @TempDir
    Path dir;

    @Test
    void runs_every_peer_and_a_corpus_size_and_writes_the_report() throws IOException {
        Path dev = Files.writeString(dir.resolve("dev.jsonl"), String.join("\n",
                "{\"id\":\"s1\",\"question\":\"Which team did Karpathy join at Anthropic?\",\"answerable\":true,"
                        + "\"facts\":[[\"pretraining\"]],\"sources\":[\"recursive-mandate\"],\"kind\":\"fact\"}",
                "{\"id\":\"s2\",\"question\":\"How much did Anthropic pay for Stainless?\",\"answerable\":true,"
                        + "\"facts\":[[\"$\"]],\"sources\":[\"business20-claude-on-claude\"],\"kind\":\"fact\"}",
                "{\"id\":\"s3\",\"question\":\"What is the capital of Peru?\",\"answerable\":false,"
                        + "\"facts\":[],\"sources\":[],\"kind\":\"unanswerable\"}"));
        // Stands in for the eval's score.py, which lives outside the repository: echoes the answer count.
        Path score = Files.writeString(dir.resolve("score.py"),
                "import sys\nn = sum(1 for _ in open(sys.argv[2]))\nprint('score: strict=1.000 abstain=1.000 uncited=0 answers=%d' % n)\n");
        Path report = dir.resolve("BENCHMARKS.md");
        Files.writeString(dir.resolve("notes.md"), "## How to rerun\n");

        Benchmarks.main(new String[]{"--articles", "6", "--dev", dev.toString(), "--score", score.toString(),
                "--jar", dir.resolve("absent.jar").toString(), "--data", dir.resolve("data").toString(),
                "--cache", dir.resolve("cache").toString(), "--out", dir.resolve("out").toString(),
                "--report", report.toString(), "--notes", dir.resolve("notes.md").toString()});

        String md = Files.readString(report);
        assertTrue(md.contains("| dev | Byline | 1.000 | 1.000 |"), md);
        assertTrue(md.contains("| Easy RAG (langchain4j) |"), md);
        assertTrue(md.contains("| Lucene BM25 |"), md);
        assertTrue(md.contains("answers=3"), "each peer answered every question: " + md);
        assertTrue(md.contains("| 6 | "), md);
        assertTrue(md.contains("## How to rerun"), md);
        assertTrue(Files.readString(dir.resolve("out").resolve("byline.jsonl")).contains("\"id\":\"s3\""));
    }
}
