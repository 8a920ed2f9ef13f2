package byline.answer.llm;

import byline.answer.llm.CheckedReply.Claim;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a model's reply before anyone sees it: keeps the {@code [n]} markers that point at a passage, drops
 * the others, drops sentences left without a valid marker (an uncited claim is never shown), ignores any
 * sources list the model wrote (Byline builds the footer), and recognises "the articles don't say" replies.
 */
final class ReplyChecker {
    private static final Pattern MARKER = Pattern.compile("\\[\\s*(\\d+(?:\\s*,\\s*\\d+)*)\\s*]");
    private static final Pattern SOURCES_HEADING =
            Pattern.compile("(?i)^[#*_\\s]*(sources?|references?|citations?)[*_\\s]*:?[*_\\s]*$");
    private static final Pattern FOOTER_LINE = Pattern.compile("^[-*•\\s]*\\[\\s*\\d+\\s*]\\s*\\S.*");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*•]|\\d+[.)]|#+)\\s+");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|`");
    private static final Pattern NOT_SAID = Pattern.compile("(?i)\\b(?:articles?|passages?|sources?|context)\\b"
            + ".{0,60}\\b(?:do not|don't|does not|doesn't|did not|never)\\b.{0,30}\\b(?:say|says|mention|state"
            + "|contain|include|address|cover|answer|specify|provide)"
            + "|\\bnot (?:mentioned|stated|found|covered|specified|provided) in the (?:articles?|passages?)"
            + "|\\bno information\\b");

    private final int passageCount;

    /** @param passageCount how many passages the prompt numbered (markers 1..passageCount are valid) */
    ReplyChecker(int passageCount) {
        this.passageCount = passageCount;
    }

    CheckedReply check(String reply) {
        if (reply == null || reply.isBlank()) {
            return new CheckedReply.Unusable("empty reply");
        }
        List<Claim> claims = new ArrayList<>();
        List<Integer> dropped = new ArrayList<>();
        int uncited = 0;
        for (String sentence : ReplySentences.split(withoutSourcesList(reply))) {
            Claim claim = claim(sentence, dropped);
            if (!claim.passages().isEmpty() && !claim.text().isEmpty()) {
                claims.add(claim);
            } else if (!claim.passages().isEmpty() && !claims.isEmpty()) {
                claims.set(claims.size() - 1, merged(claims.get(claims.size() - 1), claim)); // "… done. [2]"
            } else if (!claim.text().isEmpty()) {
                uncited++;
            }
        }
        if (!claims.isEmpty()) {
            return new CheckedReply.Cited(claims, dropped, uncited);
        }
        if (saysNotInArticles(reply)) {
            return new CheckedReply.NotInArticles();
        }
        return new CheckedReply.Unusable(dropped.isEmpty() ? "reply cites no passage"
                : "reply cites only passages that do not exist " + dropped);
    }

    private Claim claim(String sentence, List<Integer> dropped) {
        Set<Integer> refs = new LinkedHashSet<>();
        Matcher m = MARKER.matcher(sentence);
        while (m.find()) {
            for (String n : m.group(1).split(",")) {
                int number = parse(n.strip());
                if (number >= 1 && number <= passageCount) {
                    refs.add(number);
                } else {
                    dropped.add(number);
                }
            }
        }
        String text = m.replaceAll("").replaceAll("\\s+([.,;:!?])", "$1").replaceAll("\\s+", " ").strip();
        return new Claim(text.matches("[\\p{Punct}\\s]*") ? "" : text, new ArrayList<>(refs));
    }

    private static int parse(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return -1; // a number too long to be a passage: dropped like any marker that points nowhere
        }
    }

    private static Claim merged(Claim previous, Claim markersOnly) {
        Set<Integer> refs = new LinkedHashSet<>(previous.passages());
        refs.addAll(markersOnly.passages());
        return new Claim(previous.text(), new ArrayList<>(refs));
    }

    /** The body without a "Sources:" section or lines listing sources: Byline writes the footer itself. */
    static String withoutSourcesList(String reply) {
        StringBuilder body = new StringBuilder();
        for (String line : reply.strip().split("\\R")) {
            if (SOURCES_HEADING.matcher(line).matches()) {
                break;
            }
            if (!FOOTER_LINE.matcher(line).matches()) {
                String plain = EMPHASIS.matcher(BULLET.matcher(line).replaceFirst("")).replaceAll("");
                body.append(plain.strip()).append('\n');
            }
        }
        return body.toString();
    }

    static boolean saysNotInArticles(String reply) {
        String upper = reply.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]+", " ");
        return upper.contains(PromptBuilder.NOT_IN_ARTICLES) || NOT_SAID.matcher(reply).find();
    }
}
