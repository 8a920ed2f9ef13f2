package byline.bench;

import byline.retrieval.Index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/** Brute-force nearest chunks over the index's own vectors: the ground truth HNSW recall is measured against. */
final class ExactSearch {
    private ExactSearch() {
    }

    static List<Integer> top(Index index, float[] query, int k) {
        PriorityQueue<double[]> best = new PriorityQueue<>(Comparator.comparingDouble(a -> a[0]));
        for (int i = 0; i < index.chunks().size(); i++) {
            best.add(new double[]{byline.retrieval.Vectors.cosine(query, index.chunkVector(i)), i});
            if (best.size() > k) {
                best.poll();
            }
        }
        List<double[]> sorted = new ArrayList<>(best);
        sorted.sort(Comparator.comparingDouble((double[] a) -> a[0]).reversed());
        return sorted.stream().map(a -> (int) a[1]).toList();
    }
}
