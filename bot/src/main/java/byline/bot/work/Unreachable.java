package byline.bot.work;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

/** Why a chat platform could not be reached, in words for the person starting Byline. */
public final class Unreachable {

    private Unreachable() {
    }

    /** "the host name does not resolve", "connection refused", ... or the I/O failure's own message. */
    public static String reason(Throwable failure) {
        if (failure instanceof UnknownHostException) {
            return "the host name does not resolve (no network, or no DNS?)";
        }
        if (failure instanceof SocketTimeoutException) {
            return "no answer in time";
        }
        if (failure instanceof ConnectException) {
            return "connection refused or no route";
        }
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }
}
