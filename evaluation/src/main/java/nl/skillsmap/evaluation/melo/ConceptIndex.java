package nl.skillsmap.evaluation.melo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.skillsmap.analysis.AnalysisResources;
import nl.skillsmap.index.IndexBuilder;
import nl.skillsmap.index.IndexLocation;
import nl.skillsmap.model.Corpus;
import nl.skillsmap.model.Occupation;
import nl.skillsmap.model.Provenance;

/**
 * The occupations of a MELO set as the project indexes occupations: one {@link Occupation} per ESCO occupation
 * concept, its first element's label as preferred label and the others as alternative labels, written by the
 * project's {@link IndexBuilder}. Concepts that are not occupations (ISCO groups) are left out: they are a
 * classification above occupations, and the engine ranks occupations.
 */
public final class ConceptIndex {

    private ConceptIndex() {}

    public static boolean isOccupation(String conceptUri) {
        return conceptUri.contains("/esco/occupation/");
    }

    /** One occupation per occupation concept of the set, in the order of the concepts' first elements. */
    public static List<Occupation> occupations(MeloSet set) {
        Map<String, Set<String>> labels = new LinkedHashMap<>();
        set.elements().forEach((element, label) -> {
            String concept = set.conceptOf().get(element);
            if (isOccupation(concept)) {
                labels.computeIfAbsent(concept, k -> new LinkedHashSet<>()).add(label);
            }
        });
        Provenance provenance = new Provenance(set.name(), "corpus_elements.tsv", Provenance.Quality.OFFICIAL);
        List<Occupation> occupations = new ArrayList<>(labels.size());
        labels.forEach((concept, conceptLabels) -> {
            List<String> all = List.copyOf(conceptLabels);
            occupations.add(new Occupation(
                    concept,
                    null,
                    null,
                    all.getFirst(),
                    "nl",
                    all.subList(1, all.size()),
                    List.of(),
                    null,
                    List.of(),
                    List.of(),
                    provenance));
        });
        return occupations;
    }

    /** Each occupation's distinct labels, preferred first, by concept URI. */
    public static Map<String, List<String>> labelsByOccupation(MeloSet set) {
        Map<String, List<String>> labels = new LinkedHashMap<>();
        occupations(set).forEach(o -> labels.put(o.uri(), o.shownLabels()));
        return labels;
    }

    /** Builds the set's occupations into an index at {@code dir} and returns its location. */
    public static IndexLocation build(MeloSet set, Path dir) throws IOException {
        IndexLocation location = new IndexLocation(dir.resolve("index"));
        Corpus corpus = new Corpus(List.of(), List.of(), List.of(), occupations(set), List.of());
        new IndexBuilder(line -> {}).build(corpus, AnalysisResources.derive(corpus), location, set.name());
        return location;
    }
}
