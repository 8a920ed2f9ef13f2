package byline.retrieval;

import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.UnaryOperator;

/**
 * English verbs whose past forms a stemmer cannot bring back to the base: "paid" never stems to "pay", so "how much
 * did she pay?" would miss "she paid £40", and "who bought it?" would miss "it was sold to". Each past form and
 * participle reads as its base form, in BM25 and in word overlap alike. The list is this stage's knowledge, all
 * here: common verbs of reporting, trade and events. A form that is mostly another word in news prose ("lay", "bit",
 * "saw", "ground", "lit", "wound") is left out.
 */
final class IrregularVerbs {
    /** Base form, then its irregular past forms and participles. */
    private static final String[][] VERBS = {
            {"arise", "arose", "arisen"}, {"become", "became"}, {"begin", "began", "begun"},
            {"bend", "bent"}, {"bleed", "bled"}, {"break", "broke", "broken"}, {"bring", "brought"},
            {"build", "built"}, {"buy", "bought"}, {"catch", "caught"}, {"choose", "chose", "chosen"},
            {"come", "came"}, {"deal", "dealt"}, {"dig", "dug"}, {"draw", "drew", "drawn"},
            {"drink", "drank", "drunk"}, {"drive", "drove", "driven"}, {"eat", "ate", "eaten"},
            {"fall", "fell", "fallen"}, {"feed", "fed"}, {"feel", "felt"}, {"fight", "fought"},
            {"find", "found"}, {"flee", "fled"}, {"fly", "flew", "flown"}, {"forget", "forgot", "forgotten"},
            {"forgive", "forgave", "forgiven"}, {"freeze", "froze", "frozen"}, {"get", "got", "gotten"},
            {"give", "gave", "given"}, {"go", "went", "gone"}, {"grow", "grew", "grown"}, {"hang", "hung"},
            {"hear", "heard"}, {"hide", "hid", "hidden"}, {"hold", "held"}, {"keep", "kept"},
            {"know", "knew", "known"}, {"lead", "led"}, {"leave", "left"}, {"lend", "lent"}, {"lose", "lost"},
            {"make", "made"}, {"mean", "meant"}, {"meet", "met"}, {"overtake", "overtook", "overtaken"},
            {"pay", "paid"}, {"ride", "rode", "ridden"}, {"ring", "rang", "rung"}, {"rise", "rose", "risen"},
            {"run", "ran"}, {"say", "said"}, {"see", "seen"}, {"seek", "sought"}, {"sell", "sold"},
            {"send", "sent"}, {"shake", "shook", "shaken"}, {"shoot", "shot"}, {"sing", "sang", "sung"},
            {"sink", "sank", "sunk"}, {"sit", "sat"}, {"sleep", "slept"}, {"speak", "spoke", "spoken"},
            {"spend", "spent"}, {"stand", "stood"}, {"steal", "stole", "stolen"}, {"stick", "stuck"},
            {"strike", "struck", "stricken"}, {"swear", "swore", "sworn"}, {"swim", "swam", "swum"},
            {"take", "took", "taken"}, {"teach", "taught"}, {"tell", "told"}, {"think", "thought"},
            {"throw", "threw", "thrown"}, {"understand", "understood"}, {"undertake", "undertook", "undertaken"},
            {"wake", "woke", "woken"}, {"wear", "wore", "worn"}, {"win", "won"}, {"withdraw", "withdrew", "withdrawn"},
            {"write", "wrote", "written"}};

    private IrregularVerbs() {
    }

    /** Each irregular form mapped to {@code stem} of its base, as the stemmer would write the base itself. */
    static StemmerOverrideFilter.StemmerOverrideMap overrides(UnaryOperator<String> stem) {
        StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
        for (String[] verb : VERBS) {
            String base = stem.apply(verb[0]);
            for (int i = 1; i < verb.length; i++) {
                builder.add(verb[i], base);
            }
        }
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException("building the irregular verb map failed", e);
        }
    }
}
