package byline.answer;

import java.util.regex.Pattern;

/** Chat phrasing that carries no content ("wait", "hey", "can you tell me"). */
final class Chat {
    private static final Pattern FILLERS = Pattern.compile(
            "^(?:(?:ok(?:ay)?|so|wait|hey|hi|hello|um+|uh+|yo|well|and|also|quick question|btw|pls|please)[,!:.]?\\s+)+"
                    + "|^(?:can|could) you (?:tell me|explain)\\s+|^(?:do you know|i wonder)\\s+",
            Pattern.CASE_INSENSITIVE);

    private Chat() {
    }

    static String withoutFillers(String question) {
        String q = question.strip();
        String before;
        do {
            before = q;
            q = FILLERS.matcher(q).replaceFirst("").strip();
        } while (!q.equals(before));
        return q;
    }
}
