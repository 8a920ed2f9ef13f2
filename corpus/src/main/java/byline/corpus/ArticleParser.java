package byline.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns an article body into sentences that know their heading, paragraph, kind and credited outlet. */
final class ArticleParser {
    private static final Pattern SOURCES_HEADING = Pattern.compile("(?i)sources?|references|further reading");
    private static final Pattern DATELINE = Pattern.compile(
            "^[A-Z][A-Z .'-]{2,}, (?:[A-Z][a-z]+day, )?[A-Z][a-z]+ \\d{1,2}, \\d{4} [—–-] ");
    private static final int MIN_WORDS = 4;
    /**
     * A shorter piece that is still a sentence, a capitalised word then a lower-case one, ending in a full stop
     * ("She was 87.", "Nobody was hurt."): it states a fact, where a date or a byline ("By Ann Lee") does not.
     */
    private static final Pattern SHORT_STATEMENT = Pattern.compile("^(?!By\\b)\\p{Lu}[\\p{L}'’]*(?: \\S+)?"
            + " \\p{Ll}[\\p{L}\\d'’%-]*(?: \\S+)?[.!]$");

    private final TableSegmenter tables;
    private final OutletCredits credits;
    private final SentenceSplitter splitter = new SentenceSplitter();

    ArticleParser(TableSegmenter tables, OutletCredits credits) {
        this.tables = tables;
        this.credits = credits;
    }

    List<Sentence> parse(Article article) {
        List<String> lines = article.body().lines().toList();
        LineClassifier classifier = new LineClassifier(article.title());
        List<LineKind> kinds = new ArrayList<>(lines.stream().map(classifier::classify).toList());
        PipeTables.mark(lines, kinds);
        markTables(lines, kinds);
        Builder b = new Builder(article);
        boolean inSources = false;
        LineKind previous = LineKind.BLANK;
        for (int i = 0; i < lines.size(); i++) {
            LineKind kind = kinds.get(i);
            String text = LineClassifier.content(lines.get(i));
            if (kind == LineKind.HEADING) {
                // a section heading narrows the headline, which still names what the whole article is about
                b.heading = article.title().isBlank() ? text : article.title() + " — " + text;
                inSources = SOURCES_HEADING.matcher(text).matches();
            }
            boolean newParagraph = kind != previous || kind == LineKind.TEXT;
            if (kind != LineKind.BLANK && kind != LineKind.SKIP && kind != LineKind.HEADING) {
                if (newParagraph) {
                    b.paragraph++;
                }
                addLine(b, inSources && kind != LineKind.TABLE ? LineKind.SOURCE : kind, text, i, lines, kinds);
            }
            previous = kind == LineKind.SKIP ? previous : kind;
        }
        return b.sentences;
    }

    private void addLine(Builder b, LineKind kind, String text, int i, List<String> lines, List<LineKind> kinds) {
        switch (kind) {
            case TABLE -> addTableRow(b, i, lines, kinds);
            case SOURCE -> addSource(b, text);
            case LIST -> split(text).forEach(s -> b.add(s, Sentence.Kind.LIST_ITEM, credits.credited(s, b.outlet)));
            default -> split(text).forEach(s -> b.add(s, Sentence.Kind.PROSE, credits.credited(s, b.outlet)));
        }
    }

    private List<String> split(String text) {
        List<String> out = new ArrayList<>();
        for (String s : splitter.split(text)) {
            String clean = DATELINE.matcher(s).replaceFirst("");
            // a short piece is kept only when it states or sets out a fact ("Referee: Marta Quist"), not a date or a
            // byline
            if (clean.split("\\s+").length >= MIN_WORDS || SHORT_STATEMENT.matcher(clean).matches()
                    || LineClassifier.LABELLED_FACT.matcher(clean).matches()
                    || LineClassifier.LABELLED_NAME.matcher(clean).matches()) {
                out.add(clean);
            }
        }
        return out;
    }

    /** A block of three or more lines, most of them glued table rows, is a flattened table. */
    private void markTables(List<String> lines, List<LineKind> kinds) {
        int start = 0;
        while (start < lines.size()) {
            int end = start;
            while (end < lines.size() && kinds.get(end) != LineKind.BLANK) {
                end++;
            }
            int rows = 0;
            for (int i = start; i < end; i++) {
                rows += tables.cells(LineClassifier.content(lines.get(i)), false).size() >= 2 ? 1 : 0;
            }
            if (end - start >= 3 && rows * 5 >= (end - start) * 3) {
                for (int i = start; i < end; i++) {
                    kinds.set(i, LineKind.TABLE);
                }
            }
            start = end + 1;
        }
    }

    /** Rows carry their column names ("Lab: OpenAI; Stated 2026 emphasis: …") when the table has a header. */
    private void addTableRow(Builder b, int row, List<String> lines, List<LineKind> kinds) {
        int first = row;
        while (first > 0 && kinds.get(first - 1) == LineKind.TABLE) {
            first--;
        }
        if (first + 1 < lines.size() && PipeTables.isRule(lines.get(first + 1))) {
            addPipeRow(b, row, first, lines);
            return;
        }
        List<String> header = tables.cells(LineClassifier.content(lines.get(first)), true);
        boolean hasHeader = header.size() >= 2 && header.stream().allMatch(c -> c.split("\\s+").length <= 4);
        if (hasHeader && row == first) {
            return;
        }
        List<String> cells = tables.cells(LineClassifier.content(lines.get(row)), true);
        String text;
        if (hasHeader && header.size() == cells.size()) {
            StringBuilder labelled = new StringBuilder();
            for (int c = 0; c < cells.size(); c++) {
                labelled.append(c == 0 ? "" : "; ").append(header.get(c)).append(": ").append(cells.get(c));
            }
            text = labelled.toString();
        } else {
            text = String.join(" | ", cells);
        }
        b.add(text, Sentence.Kind.TABLE_ROW, rowCredit(cells, b.outlet));
    }

    /** A row of a Markdown pipe table, whose header is its first line; the header and delimiter rows say nothing. */
    private void addPipeRow(Builder b, int row, int first, List<String> lines) {
        if (row <= first + 1) {
            return;
        }
        List<String> cells = PipeTables.cells(LineClassifier.content(lines.get(row)));
        String text = PipeTables.labelled(PipeTables.cells(LineClassifier.content(lines.get(first))), cells);
        if (!text.isEmpty()) {
            b.add(text, Sentence.Kind.TABLE_ROW, rowCredit(cells, b.outlet));
        }
    }

    private String rowCredit(List<String> cells, String own) {
        String first = cells.get(0);
        return credits.isOutlet(first) && !first.equalsIgnoreCase(own) ? first : "";
    }

    private static final Pattern SOURCE_ENTRY = Pattern.compile(
            "^(?<a>[^:]{2,40}):\\s*(?<b>.+?)(?::\\s*https?://\\S+)?$|^(?<c>.+?)\\s+[—–-]\\s+(?<d>[^—–-]{2,40}?)\\s*↗?$");

    /** "Reuters: Headline: url", "Headline — CNBC ↗", "Source: TechCrunch". */
    private void addSource(Builder b, String text) {
        String entry = LineClassifier.SOURCE_LINE.matcher(text).matches()
                ? text.replaceFirst("^Sources?:\\s*", "") : text;
        Matcher m = SOURCE_ENTRY.matcher(entry);
        String outlet = "";
        String headline = entry;
        if (m.matches()) {
            outlet = m.group("a") != null ? m.group("a").strip() : m.group("d").strip();
            headline = m.group("a") != null ? m.group("b").strip() : m.group("c").strip();
        } else if (credits.isOutlet(entry)) {
            outlet = entry.strip();
            headline = "";
        }
        String shown = headline.isEmpty() ? "Source: " + outlet
                : outlet.isEmpty() ? "Source: " + headline : outlet + " headline: “" + headline + "”";
        b.add(shown, Sentence.Kind.SOURCE_ITEM, outlet.equalsIgnoreCase(b.outlet) ? "" : outlet);
    }

    private static final class Builder {
        final List<Sentence> sentences = new ArrayList<>();
        final String docId;
        final String outlet;
        String heading = "";
        int paragraph = -1;

        Builder(Article article) {
            this.docId = article.id();
            this.outlet = article.outlet();
            // the headline heads the sentences before any section heading: it names what they are about
            this.heading = article.title();
        }

        void add(String text, Sentence.Kind kind, String credited) {
            sentences.add(new Sentence(docId, sentences.size(), text, kind, heading, paragraph, credited));
        }
    }
}
