package byline.bot.slack;

import java.time.Duration;

/**
 * The Slack server's limits and timings that are not user settings; tests shorten them.
 *
 * @param retry        how Web API calls are retried
 * @param readTimeout  how long a Web API call may wait for Slack's response (after that it may have landed)
 * @param queueBytes   memory budget of the answer queue, roughly in bytes
 * @param maxBodyBytes largest request body accepted (larger: 413)
 */
record SlackTuning(RetryPolicy retry, Duration readTimeout, long queueBytes, int maxBodyBytes) {

    /** A 10 s read timeout (Slack's SDK default), a 32 MB queue (some 15,000 questions), 1 MB bodies. */
    static SlackTuning standard() {
        return new SlackTuning(RetryPolicy.standard(), Duration.ofSeconds(10), 32L << 20,
                VerifyingFilter.MAX_BODY_BYTES);
    }
}
