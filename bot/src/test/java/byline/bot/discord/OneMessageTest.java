package byline.bot.discord;

import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OneMessageTest {

    @Test
    void given_one_part_then_it_is_edited_in_as_it_is_without_link_previews() {
        MessageEditData edit = OneMessage.of(List.of(part("short answer"))).orElseThrow();

        assertEquals("short answer", edit.getContent());
        assertTrue(edit.getEmbeds().isEmpty());
        assertTrue(suppressesEmbeds(edit), edit.toData().toString());
    }

    @Test
    void given_three_parts_that_fit_then_the_rest_is_packed_into_one_embed_in_order() {
        MessageEditData edit = OneMessage.of(List.of(part("a".repeat(2000)), part("b".repeat(2000)),
                part("c".repeat(1500)))).orElseThrow();

        assertEquals("a".repeat(2000), edit.getContent());
        assertEquals(List.of("b".repeat(2000) + "\n" + "c".repeat(1500)),
                edit.getEmbeds().stream().map(MessageEmbed::getDescription).toList());
        assertFalse(suppressesEmbeds(edit), "the flag would hide the embeds: " + edit.toData());
        assertTrue(edit.toData().hasKey("flags"), "the edit clears it: " + edit.toData());
        assertTrue(edit.getAllowedMentions().isEmpty(), "still pings nobody");
    }

    @Test
    void given_more_than_6000_characters_after_the_first_part_then_it_does_not_fit() {
        List<MessageCreateData> parts = Collections.nCopies(5, part("d".repeat(1600)));

        assertTrue(OneMessage.of(parts).isEmpty(), "4 x 1,600 characters is more than embeds may carry");
        assertTrue(OneMessage.of(parts.subList(0, 4)).isPresent(), "3 x 1,600 fits");
    }

    /** The SUPPRESS_EMBEDS flag as sent ({@link MessageEditData#isSuppressEmbeds} reads another bit). */
    private static boolean suppressesEmbeds(MessageEditData edit) {
        return (edit.toData().getInt("flags", 0) & 4) != 0;
    }

    private static MessageCreateData part(String text) {
        return new MessageCreateBuilder().setContent(text).setAllowedMentions(List.of()).mentionRepliedUser(false)
                .setSuppressEmbeds(true).build();
    }
}
