package nl.skillsmap.evaluation.melo;

import nl.skillsmap.index.DocType;
import nl.skillsmap.model.Occupation;
import nl.skillsmap.search.SearchFilter;
import nl.skillsmap.search.SearchHit;
import nl.skillsmap.search.SearchRequest;
import nl.skillsmap.search.SearchService;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The API's free-text search on a MELO set, restricted to occupations: a comparison row for
 * {@link EngineElementRanker}. The search scores occupations, not their labels, so each occupation's preferred
 * label takes its score and its other labels the same discounted share, in the order the record gives them.
 */
public final class SearchElementRanker implements ElementRanker {

    private static final SearchFilter OCCUPATIONS = new SearchFilter(Set.of(DocType.OCCUPATION), Set.of(), Set.of());

    private final SearchService search;
    private final Map<String, List<String>> labelsOf = new HashMap<>();
    private final Map<String, Map<String, List<String>>> elementsByConceptAndLabel = new HashMap<>();

    public SearchElementRanker(SearchService search, MeloSet set) {
        this.search = search;
        for (Occupation occupation : ConceptIndex.occupations(set)) {
            Set<String> labels = new LinkedHashSet<>();
            Stream.concat(Stream.of(occupation.label()), occupation.altLabels().stream()).forEach(labels::add);
            labelsOf.put(occupation.uri(), List.copyOf(labels));
        }
        set.elements().forEach((element, label) -> elementsByConceptAndLabel
                .computeIfAbsent(set.conceptOf().get(element), k -> new HashMap<>())
                .computeIfAbsent(label, k -> new ArrayList<>()).add(element));
    }

    private record Listed(double score, int occupation, int label, String uri, String text) {
    }

    @Override
    public List<String> rank(String query, int depth) {
        String text = query.length() > SearchRequest.MAX_QUERY_LENGTH
                ? query.substring(0, SearchRequest.MAX_QUERY_LENGTH) : query;
        List<SearchHit> hits = search.search(new SearchRequest(text, OCCUPATIONS, SearchRequest.MAX_LIMIT, 0))
                .hits();
        List<Listed> labels = new ArrayList<>();
        for (int o = 0; o < hits.size(); o++) {
            SearchHit hit = hits.get(o);
            List<String> own = labelsOf.getOrDefault(hit.id(), List.of());
            for (int l = 0; l < own.size(); l++) {
                double score = l == 0 ? hit.score() : EngineElementRanker.OTHER_LABELS * hit.score();
                labels.add(new Listed(score, o, l, hit.id(), own.get(l)));
            }
        }
        labels.sort(Comparator.comparingDouble(Listed::score).reversed()
                .thenComparingInt(Listed::occupation).thenComparingInt(Listed::label));
        Set<String> elements = new LinkedHashSet<>();
        for (Listed label : labels) {
            elements.addAll(elementsByConceptAndLabel.getOrDefault(label.uri(), Map.of())
                    .getOrDefault(label.text(), List.of()));
        }
        return elements.stream().limit(depth).toList();
    }
}
