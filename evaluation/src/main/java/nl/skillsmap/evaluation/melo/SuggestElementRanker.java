package nl.skillsmap.evaluation.melo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import nl.skillsmap.index.DocType;
import nl.skillsmap.search.suggest.SuggestService;
import nl.skillsmap.search.suggest.Suggestion;

/**
 * The page's occupation picker on a MELO set: the API's suggestions of occupations only, as many as it gives
 * ({@link SuggestService#MAX_LIMIT}), for the title as typed so far. Each suggested occupation lists the label the
 * suggestion shows first, then its other labels.
 */
public final class SuggestElementRanker implements ElementRanker {

    private final SuggestService suggest;
    private final UnaryOperator<String> typed;
    private final Map<String, List<String>> labelsOf;
    private final LabelListing listing;

    /** @param typed what a person has typed of a title when the suggestions are read */
    public SuggestElementRanker(SuggestService suggest, MeloSet set, UnaryOperator<String> typed) {
        this.suggest = suggest;
        this.typed = typed;
        this.labelsOf = ConceptIndex.labelsByOccupation(set);
        this.listing = new LabelListing(set);
    }

    /** The first half of a title's characters, at least the suggestions' minimum: a title half typed. */
    public static String halfTyped(String title) {
        int length = Math.max(SuggestService.MIN_QUERY_LENGTH, (title.length() + 1) / 2);
        return title.substring(0, Math.min(title.length(), length));
    }

    @Override
    public List<String> rank(String query, int depth) {
        String text = typed.apply(query);
        if (text.length() > SuggestService.MAX_QUERY_LENGTH) {
            text = text.substring(0, SuggestService.MAX_QUERY_LENGTH);
        }
        List<Suggestion> suggestions = suggest.suggest(text, SuggestService.MAX_LIMIT, Set.of(DocType.OCCUPATION))
                .suggestions();
        List<LabelListing.Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < suggestions.size(); i++) {
            Suggestion s = suggestions.get(i);
            List<String> labels = new ArrayList<>();
            labels.add(s.text());
            labelsOf.getOrDefault(s.id(), List.of()).stream()
                    .filter(l -> !l.equals(s.text()))
                    .forEach(labels::add);
            ranked.add(new LabelListing.Ranked(s.id(), suggestions.size() - i, labels));
        }
        return listing.elements(ranked, depth);
    }
}
