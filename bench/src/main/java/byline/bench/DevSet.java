package byline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The questions of the eval's {@code dev.jsonl} with their supporting documents. */
final class DevSet {
    private DevSet() {
    }

    /**
     * @param sources documents that support the answer (empty for unanswerable questions)
     */
    record Item(String id, String question, boolean answerable, List<String> sources) {
    }

    static List<Item> read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Item> items = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = json.readTree(line);
            List<String> sources = new ArrayList<>();
            n.path("sources").forEach(s -> sources.add(s.asText()));
            items.add(new Item(n.get("id").asText(), n.get("question").asText(), n.path("answerable").asBoolean(true),
                    sources));
        }
        return items;
    }
}
