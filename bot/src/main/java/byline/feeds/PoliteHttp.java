package byline.feeds;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * GET requests the way a well-behaved bot makes them: a User-Agent naming Byline, redirects followed, a bounded
 * time and size, and at least {@code hostSpacing} between two requests to one host. Feeds are asked
 * conditionally (ETag / Last-Modified), so an unchanged feed costs the site a 304.
 */
final class PoliteHttp {
    private final FeedSettings settings;
    private final HttpClient client;
    private final Map<String, Long> nextAllowed = new HashMap<>(); // host -> System.nanoTime() of the next request

    PoliteHttp(FeedSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(settings.timeout())
                .build();
    }

    /** What a site sent back. */
    record Fetched(int status, byte[] body, URI uri, Optional<String> contentType, Validators validators) {
        boolean notModified() {
            return status == 304;
        }
    }

    /** A response's ETag and Last-Modified, sent back on the next request for the same URL. */
    record Validators(Optional<String> etag, Optional<String> lastModified) {
        static final Validators NONE = new Validators(Optional.empty(), Optional.empty());
    }

    /**
     * Fetches {@code uri}; a status other than 2xx or 304 is an error.
     *
     * @throws FetchException with the URL and the reason, whatever went wrong
     */
    Fetched get(URI uri, Validators known) {
        waitForTurn(uri.getHost());
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(settings.timeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", "application/rss+xml, application/atom+xml, application/xml, text/xml, text/html;q=0.9, */*;q=0.5");
        known.etag().ifPresent(v -> request.header("If-None-Match", v));
        known.lastModified().ifPresent(v -> request.header("If-Modified-Since", v));
        HttpResponse<byte[]> response;
        try {
            response = send(uri, request.GET().build());
        } finally {
            doneWith(uri.getHost());
        }
        int status = response.statusCode();
        if (status != 304 && (status < 200 || status > 299)) {
            throw new FetchException(uri, "HTTP " + status);
        }
        if (status != 304 && response.body() == null) {
            throw new FetchException(uri, "larger than " + settings.maxBytes() + " bytes");
        }
        Validators validators = new Validators(response.headers().firstValue("ETag"),
                response.headers().firstValue("Last-Modified"));
        return new Fetched(status, response.body() == null ? new byte[0] : response.body(), response.uri(),
                response.headers().firstValue("Content-Type"), validators);
    }

    private HttpResponse<byte[]> send(URI uri, HttpRequest request) {
        CompletableFuture<HttpResponse<byte[]>> call = client.sendAsync(request, LimitedBody.handler(settings.maxBytes()));
        try {
            // The request timeout stops at the headers; this bounds a body that trickles in too.
            return call.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            throw new FetchException(uri, "timed out after " + settings.timeout().toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(uri, "interrupted");
        } catch (ExecutionException e) {
            throw new FetchException(uri, reason(e.getCause()));
        }
    }

    private String reason(Throwable t) {
        if (t instanceof HttpTimeoutException) {
            return "timed out after " + settings.timeout().toMillis() + " ms";
        }
        if (t instanceof LimitedBody.TooLarge || t instanceof IOException && t.getCause() instanceof LimitedBody.TooLarge) {
            return "larger than " + settings.maxBytes() + " bytes";
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    /** Spaces requests to one host; sleeping is fine here, this runs on the poller's own thread. */
    private void waitForTurn(String host) {
        long wait;
        synchronized (nextAllowed) {
            wait = nextAllowed.getOrDefault(host, 0L) - System.nanoTime();
        }
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FetchException(URI.create("http://" + host + "/"), "interrupted");
            }
        }
    }

    /** The spacing counts from the end of a response, so a slow site is asked less often, not more. */
    private void doneWith(String host) {
        synchronized (nextAllowed) {
            nextAllowed.put(host, System.nanoTime() + settings.hostSpacing().toNanos());
        }
    }
}
