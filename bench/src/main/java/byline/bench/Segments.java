package byline.bench;

import byline.corpus.Article;
import byline.corpus.Corpus;
import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.document.splitter.DocumentSplitters;
import dev.langchain4j.data.segment.TextSegment;

import java.util.ArrayList;
import java.util.List;

/** The corpus cut the way langchain4j's Easy RAG default does: recursive splitter, 300 characters, 30 overlap. */
final class Segments {
    static final String DOC = "doc";

    private Segments() {
    }

    static List<TextSegment> of(Corpus corpus) {
        List<TextSegment> out = new ArrayList<>();
        for (Article a : corpus.articles()) {
            Document d = Document.from(a.title() + "\n\n" + a.body(), Metadata.from(DOC, a.id()));
            out.addAll(DocumentSplitters.recursive(300, 30).split(d));
        }
        return out;
    }

    static String doc(TextSegment segment) {
        return segment.metadata().getString(DOC);
    }

    /** Distinct documents of the segments, in order. */
    static List<String> docs(List<TextSegment> segments) {
        return segments.stream().map(Segments::doc).distinct().toList();
    }
}
