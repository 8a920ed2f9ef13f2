package byline.bot.discord;

import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * JDA's entry into Byline: ignores bots (Byline included), passes messages and slash commands on, and catches
 * anything they throw so that one bad event never silences the bot.
 */
final class DiscordAdapter extends ListenerAdapter {
    private static final Logger log = LoggerFactory.getLogger(DiscordAdapter.class);

    private final MessageHandler messages;
    private final SlashCommands commands;

    DiscordAdapter(MessageHandler messages, SlashCommands commands) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.commands = Objects.requireNonNull(commands, "commands");
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        User author = event.getAuthor();
        if (author.isBot() || author.isSystem() || event.isWebhookMessage()) {
            return;
        }
        try {
            messages.handle(event.getMessage(), event.getJDA().getSelfUser());
        } catch (RuntimeException e) {
            log.error("Could not handle Discord message {}", event.getMessageId(), e);
        }
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        try {
            commands.handle(event);
        } catch (RuntimeException e) {
            log.error("Could not handle /{} interaction {}", event.getName(), event.getId(), e);
        }
    }

    /** A REST failure callback that logs what could not be sent. */
    static Consumer<Throwable> logFailure(String what) {
        return e -> log.warn("Discord rejected the {}: {}", what, e.toString());
    }
}
