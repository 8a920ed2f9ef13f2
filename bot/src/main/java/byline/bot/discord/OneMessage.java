package byline.bot.discord;

import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A multi-part answer as one message, for the edit of a deferred {@code /ask} response: the first part stays the
 * message's content (2,000 characters) and the other parts go, in order, into embed descriptions (up to 4,096
 * characters each, 10 embeds and 6,000 characters across them), so an answer of up to about 8,000 characters
 * arrives whole in one idempotent request.
 */
final class OneMessage {
    /** Joins two parts in one embed: the splitter broke them between sentences or source lines. */
    private static final String JOIN = "\n";

    private OneMessage() {
    }

    /**
     * The parts as one edit, or empty when they cannot fit in one message. A single part is edited in as it is.
     * With embeds the message cannot carry SUPPRESS_EMBEDS (Discord would hide them); its links are wrapped in
     * {@code <...>} by the renderer, so still no previews.
     */
    static Optional<MessageEditData> of(List<MessageCreateData> parts) {
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        MessageEditData first = Reply.asEdit(parts.get(0));
        if (parts.size() == 1) {
            return Optional.of(first);
        }
        return descriptions(parts.subList(1, parts.size())).map(texts -> {
            List<MessageEmbed> embeds = texts.stream()
                    .map(text -> new EmbedBuilder().setDescription(text).build()).toList();
            return new MessageEditBuilder().applyData(first)
                    .setEmbeds(embeds).setSuppressEmbeds(false).build();
        });
    }

    /** The rest of the parts packed greedily into as few descriptions as fit, or empty when they do not. */
    private static Optional<List<String>> descriptions(List<MessageCreateData> rest) {
        List<String> texts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int total = 0;
        for (MessageCreateData part : rest) {
            String text = part.getContent();
            if (!part.getEmbeds().isEmpty() || !part.getFiles().isEmpty()
                    || text.length() > MessageEmbed.DESCRIPTION_MAX_LENGTH) {
                return Optional.empty(); // not a plain text part: only follow-ups carry it as it is
            }
            if (current.length() > 0 && current.length() + JOIN.length() + text.length()
                    <= MessageEmbed.DESCRIPTION_MAX_LENGTH) {
                current.append(JOIN).append(text);
                total += JOIN.length() + text.length();
            } else {
                if (current.length() > 0) {
                    texts.add(current.toString());
                    current.setLength(0);
                }
                current.append(text);
                total += text.length();
            }
        }
        texts.add(current.toString());
        boolean fits = total <= MessageEmbed.EMBED_MAX_LENGTH_BOT && texts.size() <= Message.MAX_EMBED_COUNT;
        return fits ? Optional.of(texts) : Optional.empty();
    }
}
