package nl.skillsmap.search.related;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.skillsmap.analysis.AnalyzerFactory;
import nl.skillsmap.analysis.Terms;
import nl.skillsmap.index.IndexSchema;
import nl.skillsmap.model.Occupation;
import org.apache.lucene.analysis.Analyzer;

/**
 * "Occupations that share my skills": ranks every other ESCO occupation by how much of its work it shares with
 * one occupation.
 *
 * <p>The main signal is the skills. Each occupation is a vector over skills, an essential skill weighted by its
 * inverse document frequency over all occupations (a skill that many occupations list, such as "teamwork",
 * says little about kinship; a rare one says much) and an optional skill by a share of that; occupations are
 * compared by the dot product of their vectors, each normalised only halfway to unit length (pivoted
 * normalisation): an occupation with many skills is not punished in full for the skills it has beyond the
 * source's, which a person moving there would learn anyway. Three smaller signals separate the many occupations that share only a
 * few skills: the cosine of their descriptions (TF-IDF over the Dutch analysis chain: similar work described in
 * similar words), the cosine of their preferred labels (character n-grams: "monteur" next to "monteur"), and
 * being in the same ISCO unit or minor group.
 *
 * <p>Built once per opened index from the occupation records it stores. A ranking touches only the occupations
 * that share a skill or a word with the source, through in-memory inverted lists: about a millisecond for the
 * three thousand ESCO occupations.
 */
public final class RelatedOccupationsService {

    /** Weight of an optional skill relative to an essential one. */
    private static final double OPTIONAL_SKILL = 0.7;
    /** Weight of description similarity beside skill similarity (1). */
    private static final double DESCRIPTION = 0.4;
    /** Weight of preferred-label similarity beside skill similarity (1). */
    private static final double LABEL = 0.2;
    /** Bonus for the same ISCO unit group (4 digits); the same minor group (3 digits) earns half of it. */
    private static final double ISCO_GROUP = 0.1;

    private final List<Occupation> occupations;
    private final Map<String, Integer> positions = new HashMap<>();
    private final SparseSpace skills;
    private final SparseSpace descriptions;
    private final SparseSpace labels;
    /** Inverse document frequency per skill URI: ranks the shared skills shown as evidence. */
    private final Map<String, Double> skillIdf = new HashMap<>();

    private RelatedOccupationsService(List<Occupation> occupations, AnalyzerFactory analyzers) {
        List<Occupation> sorted = new ArrayList<>(occupations);
        // A fixed order keeps rankings (and their tie-breaks) independent of the order documents were indexed in.
        sorted.sort(Comparator.comparing(Occupation::uri));
        this.occupations = List.copyOf(sorted);
        for (int i = 0; i < this.occupations.size(); i++) {
            positions.put(this.occupations.get(i).uri(), i);
        }
        this.skills = skillSpace();
        this.descriptions = textSpace(analyzers.dutch(), o -> o.description() == null ? "" : o.description());
        this.labels = textSpace(analyzers.labelGrams(), Occupation::label);
    }

    /** Builds the service over occupations a caller holds already (the index's records, read once). */
    public static RelatedOccupationsService of(List<Occupation> occupations, AnalyzerFactory analyzers) {
        return new RelatedOccupationsService(occupations, analyzers);
    }

    /**
     * The {@code limit} occupations most related to the one with {@code uri}, most related first; empty when no
     * occupation has that URI. Occupations sharing nothing with it (no skill, word or ISCO group) are not listed.
     */
    public Optional<List<RelatedOccupation>> related(String uri, int limit) {
        Integer source = positions.get(uri);
        if (source == null) {
            return Optional.empty();
        }
        double[] score = new double[occupations.size()];
        skills.addSimilarities(source, 1.0, score);
        descriptions.addSimilarities(source, DESCRIPTION, score);
        labels.addSimilarities(source, LABEL, score);
        String group = occupations.get(source).iscoGroup();
        List<Integer> candidates = new ArrayList<>();
        for (int o = 0; o < score.length; o++) {
            score[o] += ISCO_GROUP * iscoProximity(group, occupations.get(o).iscoGroup());
            if (o != source && score[o] > 0) {
                candidates.add(o);
            }
        }
        candidates.sort(Comparator.comparingDouble((Integer o) -> score[o])
                .reversed()
                .thenComparing(o -> occupations.get(o).uri()));
        List<RelatedOccupation> related = new ArrayList<>();
        for (int o : candidates.subList(0, Math.min(Math.max(0, limit), candidates.size()))) {
            related.add(describe(occupations.get(source), occupations.get(o), score[o]));
        }
        return Optional.of(List.copyOf(related));
    }

    /** 1 for the same ISCO unit group, 0.5 for the same minor group (first three digits), else 0. */
    static double iscoProximity(String a, String b) {
        if (a == null || b == null || a.length() < 4 || b.length() < 4) {
            return 0;
        }
        if (a.equals(b)) {
            return 1;
        }
        return a.regionMatches(0, b, 0, 3) ? 0.5 : 0;
    }

    private RelatedOccupation describe(Occupation source, Occupation other, double score) {
        Set<String> own = new HashSet<>(source.essentialSkills());
        own.addAll(source.optionalSkills());
        List<String> shared = new ArrayList<>();
        for (String skill : distinctSkills(other)) {
            if (own.contains(skill)) {
                shared.add(skill);
            }
        }
        shared.sort(Comparator.comparingDouble((String s) -> skillIdf.get(s))
                .reversed()
                .thenComparing(Function.identity()));
        return new RelatedOccupation(
                other.uri(),
                other.label(),
                other.iscoGroup(),
                score,
                shared.size(),
                shared.subList(0, Math.min(RelatedOccupation.SHOWN, shared.size())));
    }

    private SparseSpace skillSpace() {
        Map<String, Integer> ids = new LinkedHashMap<>();
        List<Map<Integer, Boolean>> owned = new ArrayList<>(occupations.size());
        for (Occupation occupation : occupations) {
            Map<Integer, Boolean> essential = new HashMap<>();
            occupation.optionalSkills().forEach(s -> essential.put(ids.computeIfAbsent(s, k -> ids.size()), false));
            occupation.essentialSkills().forEach(s -> essential.put(ids.computeIfAbsent(s, k -> ids.size()), true));
            owned.add(essential);
        }
        int[] df = new int[ids.size()];
        for (Map<Integer, Boolean> essential : owned) {
            for (int id : essential.keySet()) {
                df[id]++;
            }
        }
        double n = occupations.size();
        double[] idf = new double[df.length];
        for (int id = 0; id < df.length; id++) {
            idf[id] = Math.log((1.0 + n) / df[id]);
        }
        ids.forEach((uri, id) -> skillIdf.put(uri, idf[id]));
        List<Map<Integer, Double>> vectors = new ArrayList<>(owned.size());
        for (Map<Integer, Boolean> essential : owned) {
            Map<Integer, Double> vector = new HashMap<>();
            essential.forEach((id, isEssential) -> vector.put(id, idf[id] * (isEssential ? 1.0 : OPTIONAL_SKILL)));
            vectors.add(vector);
        }
        return new SparseSpace(vectors, ids.size(), SparseSpace.Length.HALF);
    }

    /** TF-IDF (sublinear term frequency) over the terms the analyzer makes of each occupation's text. */
    private SparseSpace textSpace(Analyzer analyzer, Function<Occupation, String> text) {
        Map<String, Integer> ids = new HashMap<>();
        List<Map<Integer, Integer>> counts = new ArrayList<>(occupations.size());
        for (Occupation occupation : occupations) {
            Map<Integer, Integer> tf = new HashMap<>();
            for (String term : Terms.of(analyzer, IndexSchema.TEXT, text.apply(occupation))) {
                tf.merge(ids.computeIfAbsent(term, k -> ids.size()), 1, Integer::sum);
            }
            counts.add(tf);
        }
        int[] df = new int[ids.size()];
        counts.forEach(tf -> tf.keySet().forEach(id -> df[id]++));
        double n = occupations.size();
        List<Map<Integer, Double>> vectors = new ArrayList<>(counts.size());
        for (Map<Integer, Integer> tf : counts) {
            Map<Integer, Double> vector = new HashMap<>();
            tf.forEach((id, count) -> vector.put(id, (1.0 + Math.log(count)) * Math.log((1.0 + n) / df[id])));
            vectors.add(vector);
        }
        return new SparseSpace(vectors, ids.size());
    }

    private static Set<String> distinctSkills(Occupation occupation) {
        Set<String> all = new LinkedHashSet<>(occupation.essentialSkills());
        all.addAll(occupation.optionalSkills());
        return all;
    }
}
