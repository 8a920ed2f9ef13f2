package byline.bot.slack;

import com.slack.api.model.block.LayoutBlock;

import java.util.List;
import java.util.Objects;

/**
 * One Slack message as Byline sends it: Block Kit blocks plus the plain {@code text} fallback that Slack shows in
 * notifications and to clients that cannot render blocks.
 *
 * @param text   plain-text fallback, never blank
 * @param blocks at most {@link BlockKitRenderer#MAX_BLOCKS} blocks
 */
record SlackMessage(String text, List<LayoutBlock> blocks) {

    SlackMessage {
        Objects.requireNonNull(text, "text");
        blocks = List.copyOf(Objects.requireNonNull(blocks, "blocks"));
        if (text.isBlank()) {
            throw new IllegalArgumentException("a Slack message needs a fallback text");
        }
        if (blocks.size() > BlockKitRenderer.MAX_BLOCKS) {
            throw new IllegalArgumentException("Slack takes at most " + BlockKitRenderer.MAX_BLOCKS
                    + " blocks per message, got " + blocks.size());
        }
    }
}
