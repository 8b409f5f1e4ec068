package nl.skillsmap.evaluation.melo;

import nl.skillsmap.search.JobTitleMatch;
import nl.skillsmap.search.OccupationRanking;
import nl.skillsmap.search.SkillsmapIndex;
import org.apache.lucene.search.IndexSearcher;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The engine on a MELO set: {@link OccupationRanking} ranks the occupations as it does for a job title in the
 * API, and the occupations' labels are listed as the set's corpus elements.
 *
 * <p>Each occupation's best-matching label takes the occupation's score; its other labels take a discounted score
 * ({@link #OTHER_LABELS}), and all labels are listed by that score. So a clear winner brings all its labels to the
 * top, while close runners-up are each shown once (by their best label) before the leader's remaining labels:
 * the list a person scans sees distinct occupations while the ranking is uncertain.
 */
public final class EngineElementRanker implements ElementRanker {

    /** Score of an occupation's further labels, as a share of the occupation's score. */
    static final double OTHER_LABELS = 0.5;

    private final SkillsmapIndex index;
    private final OccupationRanking ranking;
    private final Map<String, Map<String, List<String>>> elementsByConceptAndLabel = new HashMap<>();

    public EngineElementRanker(SkillsmapIndex index, MeloSet set) throws IOException {
        this.index = index;
        IndexSearcher searcher = index.acquire();
        try {
            this.ranking = OccupationRanking.load(searcher, index.analyzers());
        } finally {
            index.release(searcher);
        }
        set.elements().forEach((element, label) -> elementsByConceptAndLabel
                .computeIfAbsent(set.conceptOf().get(element), k -> new HashMap<>())
                .computeIfAbsent(label, k -> new ArrayList<>()).add(element));
    }

    private record Listed(double score, int occupation, int label, String uri, String text) {
    }

    @Override
    public List<String> rank(String query, int depth) throws IOException {
        List<JobTitleMatch> occupations;
        IndexSearcher searcher = index.acquire();
        try {
            occupations = ranking.rank(searcher, query, depth);
        } finally {
            index.release(searcher);
        }
        List<Listed> labels = new ArrayList<>();
        for (int o = 0; o < occupations.size(); o++) {
            JobTitleMatch occupation = occupations.get(o);
            for (int l = 0; l < occupation.labels().size(); l++) {
                double score = l == 0 ? occupation.score() : OTHER_LABELS * occupation.score();
                labels.add(new Listed(score, o, l, occupation.uri(), occupation.labels().get(l).label()));
            }
        }
        labels.sort(Comparator.comparingDouble(Listed::score).reversed()
                .thenComparingInt(Listed::occupation).thenComparingInt(Listed::label));
        Set<String> elements = new LinkedHashSet<>();
        for (Listed label : labels) {
            elements.addAll(elementsByConceptAndLabel.getOrDefault(label.uri(), Map.of())
                    .getOrDefault(label.text(), List.of()));
            if (elements.size() >= depth) {
                break;
            }
        }
        return elements.stream().limit(depth).toList();
    }
}
