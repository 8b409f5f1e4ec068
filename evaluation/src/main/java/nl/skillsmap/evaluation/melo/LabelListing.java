package nl.skillsmap.evaluation.melo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.skillsmap.model.Occupation;

/**
 * Turns a ranking of occupations into a ranking of a MELO set's corpus elements (the occupations' labels). Each
 * occupation's first label takes the occupation's score, its other labels a discounted share
 * ({@link #OTHER_LABELS}), and all labels are listed by that score. So a clear winner brings all its labels to the
 * top, while close runners-up are each shown once (by their first label) before the leader's remaining labels:
 * the list a person scans sees distinct occupations while the ranking is uncertain.
 */
final class LabelListing {

    /** Score of an occupation's further labels, as a share of the occupation's score. */
    static final double OTHER_LABELS = 0.5;

    /** One ranked occupation: its concept URI, its score and its labels, the one to list first first. */
    record Ranked(String uri, double score, List<String> labels) {}

    private record Listed(double score, int occupation, int label, String uri, String text) {}

    private final Map<String, Map<String, List<String>>> elementsByConceptAndLabel = new HashMap<>();

    LabelListing(MeloSet set) {
        set.elements()
                .forEach((element, label) -> elementsByConceptAndLabel
                        .computeIfAbsent(set.conceptOf().get(element), k -> new HashMap<>())
                        .computeIfAbsent(label, k -> new ArrayList<>())
                        .add(element));
    }

    /** The first {@code depth} corpus elements of one occupation's labels (a method that names one or none). */
    List<String> elements(Optional<Occupation> one, int depth) {
        return one.map(o -> elements(List.of(new Ranked(o.uri(), 1.0, o.shownLabels())), depth))
                .orElse(List.of());
    }

    /** The first {@code depth} corpus elements for occupations ranked best first. */
    List<String> elements(List<Ranked> occupations, int depth) {
        List<Listed> labels = new ArrayList<>();
        for (int o = 0; o < occupations.size(); o++) {
            Ranked occupation = occupations.get(o);
            for (int l = 0; l < occupation.labels().size(); l++) {
                double score = l == 0 ? occupation.score() : OTHER_LABELS * occupation.score();
                labels.add(new Listed(
                        score, o, l, occupation.uri(), occupation.labels().get(l)));
            }
        }
        labels.sort(Comparator.comparingDouble(Listed::score)
                .reversed()
                .thenComparingInt(Listed::occupation)
                .thenComparingInt(Listed::label));
        Set<String> elements = new LinkedHashSet<>();
        for (Listed label : labels) {
            elements.addAll(elementsByConceptAndLabel
                    .getOrDefault(label.uri(), Map.of())
                    .getOrDefault(label.text(), List.of()));
            if (elements.size() >= depth) {
                break;
            }
        }
        return elements.stream().limit(depth).toList();
    }
}
