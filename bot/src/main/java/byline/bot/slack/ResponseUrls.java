package byline.bot.slack;

import com.slack.api.webhook.WebhookResponse;

/** Checks what Slack said to a post on a {@code response_url}. */
final class ResponseUrls {

    private ResponseUrls() {
    }

    /** Throws when the post was refused (expired URL, too many uses, bad payload). */
    static void requireAccepted(WebhookResponse response, String what) {
        Integer code = response == null ? null : response.getCode();
        if (code == null || code < 200 || code >= 300) {
            String body = response == null || response.getBody() == null ? "" : response.getBody();
            throw new SlackReplyException(what + " via response_url refused: HTTP " + code + " "
                    + body.substring(0, Math.min(200, body.length())));
        }
    }
}
