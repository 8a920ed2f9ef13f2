package byline.answer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgesTest {
    @ParameterizedTest
    @ValueSource(strings = {"A 17-year-old from the village was cautioned.", "The potter, who died aged 88, left a kiln.",
            "Tomasina Blay, 64, runs the ferry café.", "She started rowing at the age of nine.",
            "He was born in 1971 in a fishing town.", "The keeper, in his early thirties, joined in May.",
            "The chapel was built in 1887 by miners.", "The tortoise celebrated its 100th birthday on Sunday.",
            "The Gazette gave his age as 52.", "The film is rated for ages 12 and over.",
            "She left school at 16 to work on the boats.", "He only took up the cello when he was 40.",
            "She turned 70 last spring and still rows daily.", "Riders must be 14 or over to take a canoe out.",
            "The climbing wall is open to under-12s on Saturdays.", "The late show is for 18+ only."})
    void the_ways_english_states_an_age_are_read(String sentence) {
        assertTrue(Ages.statedIn(sentence));
    }

    @ParameterizedTest
    @ValueSource(strings = {"The striker scored 21 goals in 34 games.", "She finished the course in 2:19:48.",
            "He has run the bakery for thirty years.", "The council met on March 4, 2026, to vote.",
            "Ferry fares rise by 12 percent in May.", "The shop opened at 9 a.m. on Monday.",
            "The café at 14 Mill Lane has closed.", "She was 3 goals short of the record.",
            "The turnout was 12 percent.", "He turned 180 degrees on the bridge.",
            "Groups of 10 or more get a discount.", "Prices rose 5+ percent."})
    void figures_that_are_not_ages_are_not(String sentence) {
        assertFalse(Ages.statedIn(sentence));
    }
}
