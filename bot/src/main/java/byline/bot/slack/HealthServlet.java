package byline.bot.slack;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.IntSupplier;

/** {@code GET /healthz}: 200 and the number of articles loaded, for load balancers and uptime checks. */
final class HealthServlet extends HttpServlet {
    private final IntSupplier articles; // read per request: the corpus may change while Byline runs

    HealthServlet(IntSupplier articles) {
        this.articles = articles;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"status\":\"ok\",\"articles\":" + articles.getAsInt() + "}");
    }
}
