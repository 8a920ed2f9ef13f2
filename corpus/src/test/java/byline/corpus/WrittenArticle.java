package byline.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** An article written for a test, saved to a folder and read back as the corpus reads any article. */
final class WrittenArticle {
    private WrittenArticle() {
    }

    /** The sentences of {@code markdown}, saved as {@code dir/article.md} and split as the corpus splits it. */
    static List<Sentence> sentences(Path dir, String markdown) throws IOException {
        Files.writeString(dir.resolve("article.md"), markdown);
        return new CorpusSplitter().split(new CorpusLoader().load(dir)).stream()
                .flatMap(c -> c.sentences().stream()).toList();
    }
}
