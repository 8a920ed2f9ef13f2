package byline.feeds;

/**
 * An article page after extraction: the story's text and what the page says about itself.
 *
 * @param title     headline, possibly empty
 * @param siteName  the publisher's name from the page's metadata (og:site_name), possibly empty
 * @param author    byline, possibly empty
 * @param published ISO date from the page's metadata, possibly empty
 * @param text      paragraphs separated by blank lines
 */
record Page(String title, String siteName, String author, String published, String text) {
}
