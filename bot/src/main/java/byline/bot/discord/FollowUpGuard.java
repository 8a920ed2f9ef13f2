package byline.bot.discord;

import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Set;

/**
 * Keeps JDA from sending an interaction follow-up twice. JDA resends any request itself after a 502, 503, 504,
 * 52x or 529 and after a socket error or timeout; for a follow-up (a webhook POST, which carries no nonce) the
 * first one may already have been created. This OkHttp interceptor turns those outcomes of a follow-up into ones
 * JDA hands back at once (a plain 500, an I/O failure JDA does not retry), so that {@link RestRetry} decides,
 * knowing the request may have landed. Every other request, and a follow-up that never reached Discord (no
 * connection), is left to JDA as before.
 */
final class FollowUpGuard implements Interceptor {
    /** The statuses JDA 6's Requester retries by itself. */
    private static final Set<Integer> RESENT_BY_JDA = Set.of(502, 503, 504, 520, 521, 522, 523, 524, 529);

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        if (!isFollowUp(request)) {
            return chain.proceed(request);
        }
        Response response;
        try {
            response = chain.proceed(request);
        } catch (ConnectException | NoRouteToHostException | UnknownHostException e) {
            throw e; // never sent: safe for anyone to retry
        } catch (IOException e) {
            throw new MayHaveLanded(e);
        }
        if (RESENT_BY_JDA.contains(response.code())) {
            return response.newBuilder().code(500)
                    .message("server error " + response.code() + " on a follow-up, not resent").build();
        }
        return response;
    }

    /** {@code POST …/webhooks/{application}/{interaction token}}: Discord's "create followup message". */
    static boolean isFollowUp(Request request) {
        List<String> path = request.url().pathSegments();
        int n = path.size();
        return "POST".equals(request.method()) && n >= 3 && "webhooks".equals(path.get(n - 3));
    }

    /** An I/O failure after a follow-up may have been sent; not a SocketException, so JDA reports it as it is. */
    static final class MayHaveLanded extends IOException {
        MayHaveLanded(IOException cause) {
            super("the follow-up may have reached Discord: " + cause, cause);
        }
    }
}
