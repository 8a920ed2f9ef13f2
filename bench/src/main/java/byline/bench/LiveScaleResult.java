package byline.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * What a live-scale run measured. Times are {@code System.nanoTime()} values.
 *
 * @param loopStart    when the answer loop started
 * @param copied       when the copy of the new articles started
 * @param swapped      when the updated edition replaced the old one
 * @param embedded     texts the update ran through the model
 * @param peakHeapMb   the most heap a collection left in use from the copy to the end
 * @param heapAfterMb  heap after forced collections once the loop stopped (the old edition dropped)
 */
record LiveScaleResult(int articles, int added, double warmBuildS, double heapBeforeMb, long loopStart, long copied,
                       long swapped, List<AnswerLoop.Timed> answers, long embedded, double peakHeapMb,
                       double heapAfterMb, long maxHeapMb) {
    private static final long WINDOW = 10_000_000_000L;

    double secondsToSwap() {
        return (swapped - copied) / 1e9;
    }

    /** From the copy to the end of the first answer that cited a new article. */
    double secondsToFirstCitation() {
        return answers.stream().filter(AnswerLoop.Timed::citesWatched).mapToLong(AnswerLoop.Timed::end).min()
                .stream().mapToDouble(end -> (end - copied) / 1e9).findFirst().orElse(Double.NaN);
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append(String.format("%,d articles + %,d copied in, -Xmx%dm%n%n", articles, added, maxHeapMb));
        md.append(String.format("- warm start (build from cache): %.1f s, heap after it %.0f MB%n", warmBuildS,
                heapBeforeMb));
        md.append(String.format("- copy to swap: %.1f s (%,d texts embedded)%n", secondsToSwap(), embedded));
        md.append(String.format("- copy to first answer citing a new article: %.1f s%n", secondsToFirstCitation()));
        md.append(String.format("- heap: at most %.0f MB in use after a collection during the update; %.0f MB after "
                + "the swap once the old edition is dropped (forced collections)%n", peakHeapMb, heapAfterMb));
        md.append(String.format("- answers: %s before the copy, %s during the update, %s after the swap "
                + "(p50 / p95 ms, count)%n%n", phase(loopStart, copied), phase(copied, swapped),
                phase(swapped, Long.MAX_VALUE)));
        md.append("| window (s from copy) | phase | answers | p50 ms | p95 ms | citing new |\n|---|---|---|---|---|---|\n");
        long first = copied - WINDOW * ((copied - loopStart + WINDOW - 1) / WINDOW); // windows aligned on the copy
        for (long from = first; from < lastEnd(); from += WINDOW) {
            md.append(window(from, from + WINDOW));
        }
        return md.toString();
    }

    private String phase(long from, long to) {
        List<Double> ms = between(from, to).stream().map(AnswerLoop.Timed::ms).toList();
        return String.format("%.1f / %.1f (%d)", Stats.percentile(ms, 50), Stats.percentile(ms, 95), ms.size());
    }

    private String window(long from, long to) {
        List<AnswerLoop.Timed> in = between(from, to);
        List<Double> ms = in.stream().map(AnswerLoop.Timed::ms).toList();
        String phase = to <= copied ? "before" : from >= swapped ? "after" : "update";
        return String.format("| %+d…%+d | %s | %d | %.1f | %.1f | %d |%n", Math.round((from - copied) / 1e9),
                Math.round((to - copied) / 1e9), phase, in.size(), Stats.percentile(ms, 50),
                Stats.percentile(ms, 95), in.stream().filter(AnswerLoop.Timed::citesWatched).count());
    }

    /** Answers that started in [from, to). */
    private List<AnswerLoop.Timed> between(long from, long to) {
        List<AnswerLoop.Timed> out = new ArrayList<>();
        for (AnswerLoop.Timed t : answers) {
            if (t.start() >= from && t.start() < to) {
                out.add(t);
            }
        }
        return out;
    }

    private long lastEnd() {
        return answers.stream().mapToLong(AnswerLoop.Timed::end).max().orElse(copied);
    }
}
