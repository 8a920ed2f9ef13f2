import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Properties;

/**
 * Reads JSON lines of texts ({"id":…, "q":…, "s0":…}) and writes each text as tokens {word, tag, lemma, head,
 * relation} from CoreNLP's tagger and UD dependency parser (basic dependencies, one sentence per text). Prints the
 * load time and the live heap after loading on stderr, since those decide whether a parser could run in Byline.
 */
public final class ParseDump {
  public static void main(String[] args) throws Exception {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,depparse");
    p.setProperty("ssplit.isOneSentence", "true");
    p.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
    long start = System.nanoTime();
    StanfordCoreNLP pipeline = new StanfordCoreNLP(p);
    pipeline.annotate(new CoreDocument("Warm the parser up."));
    System.gc();
    Runtime rt = Runtime.getRuntime();
    System.err.printf("parser loaded in %.1f s, live heap %d MB%n", (System.nanoTime() - start) / 1e9,
        (rt.totalMemory() - rt.freeMemory()) >> 20);
    ObjectMapper json = new ObjectMapper();
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    long texts = 0;
    long parsing = System.nanoTime();
    for (String line; (line = in.readLine()) != null; ) {
      JsonNode row = json.readTree(line);
      ObjectNode parsed = json.createObjectNode().put("id", row.get("id").asText());
      for (Iterator<String> fields = row.fieldNames(); fields.hasNext(); ) {
        String field = fields.next();
        if (!field.equals("id")) {
          parsed.set(field, tokens(pipeline, json, row.get(field).asText()));
          texts++;
        }
      }
      out.println(json.writeValueAsString(parsed));
    }
    System.err.printf("%d texts, %.1f ms each%n", texts, (System.nanoTime() - parsing) / 1e6 / Math.max(1, texts));
  }

  private static ArrayNode tokens(StanfordCoreNLP pipeline, ObjectMapper json, String text) {
    CoreDocument doc = new CoreDocument(text);
    pipeline.annotate(doc);
    ArrayNode tokens = json.createArrayNode();
    for (CoreSentence sentence : doc.sentences()) {
      SemanticGraph graph = sentence.coreMap().get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      for (CoreLabel t : sentence.tokens()) {
        int head = 0;
        String relation = "root";
        IndexedWord node = graph == null ? null : graph.getNodeByIndexSafe(t.index());
        if (node != null) {
          for (SemanticGraphEdge e : graph.incomingEdgeIterable(node)) {
            head = e.getGovernor().index();
            relation = e.getRelation().toString();
          }
        }
        tokens.add(json.createArrayNode().add(t.word()).add(t.tag()).add(t.lemma()).add(head).add(relation));
      }
    }
    return tokens;
  }
}
