package byline.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The questions of the live-scale loop: the dev questions, interleaved with probes that only a new article
 * answers. A probe is a dev question about one bundled article with that article's names replaced as a new
 * synthetic article made from it replaced them; a probe is kept only when it names at least one renamed name.
 */
final class Probes {
    private static final int PROBES = 12;

    private Probes() {
    }

    static List<String> interleave(CorpusGenerator generator, List<DevSet.Item> dev, int first, int added) {
        List<String> probes = new ArrayList<>();
        for (int i = first; i < first + added && probes.size() < PROBES; i += added / PROBES) {
            for (DevSet.Item item : dev) {
                if (item.answerable() && item.sources().equals(List.of(generator.sourceId(i)))) {
                    String probe = generator.renamed(i, item.question());
                    if (!probe.equals(item.question())) {
                        probes.add(probe);
                        break;
                    }
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (int k = 0; k < Math.max(dev.size(), probes.size()); k++) {
            if (k < dev.size()) {
                out.add(dev.get(k).question());
            }
            if (!probes.isEmpty()) {
                out.add(probes.get(k % probes.size()));
            }
        }
        return out;
    }
}
