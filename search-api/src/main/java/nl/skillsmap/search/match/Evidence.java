package nl.skillsmap.search.match;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Why a work process or skill counts as matched: which input (the phrase or id as the person gave it), how,
 * through which words, how strongly (0..1), and for similar work the matched work process it was reached through.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Evidence(String input, How how, List<String> matchedTerms, double strength, Via via) {

    public Evidence {
        matchedTerms = matchedTerms == null ? List.of() : List.copyOf(matchedTerms);
        strength = round(strength);
    }

    /** Scores and fractions are shown to three decimals; rounding once, here, keeps sums and ties exact. */
    public static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
