package byline.bot.slack;

import byline.bot.work.Unreachable;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;

/**
 * Asks Slack ({@code auth.test}) whether the bot token is good before Bolt starts, because Bolt reports every
 * failure there as "the token is invalid", with a stack trace, even when Slack could not be reached at all.
 */
final class TokenCheck {
    private static final String SLACK_HOST = "slack.com";

    private TokenCheck() {
    }

    /**
     * @param apiUrl the configured Web API base, empty for Slack's own
     * @throws SlackStartException when Slack cannot be reached or rejects the token, in one line saying which
     */
    static void verify(MethodsClient methods, String token, Optional<String> apiUrl) {
        String host = apiUrl.map(u -> URI.create(u).getHost()).orElse(SLACK_HOST);
        AuthTestResponse response;
        try {
            response = methods.authTest(r -> r.token(token));
        } catch (IOException e) {
            throw new SlackStartException("cannot reach Slack (" + host + "): " + Unreachable.reason(e)
                    + ". Check the network, a proxy, or SLACK_API_URL.", false, e);
        } catch (SlackApiException e) {
            throw new SlackStartException("Slack (" + host + ") answered HTTP " + e.getResponse().code()
                    + " when checking the token; try again in a moment.", false, e);
        }
        if (!response.isOk()) {
            throw new SlackStartException("Slack rejected SLACK_BOT_TOKEN (" + response.getError() + "): copy the Bot "
                    + "User OAuth Token (xoxb-…) again from your app's OAuth & Permissions page into the "
                    + "environment.",
                    true, null);
        }
    }
}
