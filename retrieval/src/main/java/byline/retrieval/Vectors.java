package byline.retrieval;

import java.util.List;

/** Arithmetic on the L2-normalised embeddings retrieval hands out. */
public final class Vectors {
    private Vectors() {
    }

    /** Cosine similarity of two normalised vectors. */
    public static double cosine(float[] a, float[] b) {
        return Embedder.dot(a, b);
    }

    /** The normalised mean of vectors. */
    public static float[] mean(List<float[]> vectors) {
        float[] sum = new float[vectors.get(0).length];
        for (float[] v : vectors) {
            for (int i = 0; i < sum.length; i++) {
                sum[i] += v[i];
            }
        }
        return Embedder.normalize(sum);
    }
}
