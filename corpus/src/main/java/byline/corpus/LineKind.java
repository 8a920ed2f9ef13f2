package byline.corpus;

/** What a line of an article body is, before it becomes sentences. */
enum LineKind { BLANK, SKIP, HEADING, TEXT, LIST, TABLE, SOURCE }
