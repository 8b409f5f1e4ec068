package nl.skillsmap.search.suggest;

import java.util.List;
import java.util.stream.Stream;

/**
 * An occupation found for a job title: its labels scored against the title.
 *
 * @param uri    the ESCO occupation URI
 * @param label  its preferred label
 * @param score  how well it matches, comparable only within one ranking
 * @param labels every label of the occupation (preferred, alternative, hidden) with its similarity to the job
 *               title, most similar first; the first is the label that matched best
 */
public record JobTitleMatch(String uri, String label, double score, List<LabelMatch> labels) {

    public JobTitleMatch {
        labels = List.copyOf(labels);
    }

    /** The label that matched the job title best. */
    public String matchedLabel() {
        return labels.isEmpty() ? label : labels.getFirst().label();
    }

    /**
     * The labels this match may be shown by, best-matching first: the preferred and alternative ones, not the hidden
     * ones (misspellings ESCO keeps for finding), and the preferred label in any case.
     */
    public List<String> shownLabels() {
        return Stream.concat(labels.stream().filter(l -> !l.hidden()).map(LabelMatch::label), Stream.of(label))
                .distinct()
                .toList();
    }

    /**
     * One label of the occupation and its similarity to the job title, 0 to 1.
     *
     * @param hidden whether it is one of ESCO's hidden labels, kept for finding, not for showing
     */
    public record LabelMatch(String label, double similarity, boolean hidden) {}
}
