package nl.skillsmap.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * Derives synonym groups from the labels of concepts (ESCO occupations and skills: preferred label first, then
 * the alternative labels), keeping only what is likely to help a query and unlikely to hurt it. A bad synonym
 * costs precision on every query that contains it, so the rules are strict:
 * <ol>
 *   <li>short labels only (at most {@code maxWords} words): long labels are descriptions, not names;</li>
 *   <li>an alternative label of fewer than {@value #MIN_ALTERNATIVE_LENGTH} letters is an acronym or a word
 *       with other senses ("bas", "alt" as labels of "zanger") and is dropped;</li>
 *   <li>a label used by two or more concepts is ambiguous and dropped everywhere ("chef" names several);</li>
 *   <li>a one-word alternative label that appears as a word in the labels of {@code genericAfter} or more other
 *       concepts is a general word ("chef" for "kok"), not a name of this one, and is dropped (the preferred
 *       label names its concept even when other labels reuse it: "kok" in "industriele kok");</li>
 *   <li>labels the stemmer already brings together ("kassamedewerker" / "kassamedewerkers") add nothing; of
 *       those only the first is kept;</li>
 *   <li>a label that only qualifies another ("kassamedewerker supermarkt" beside "kassamedewerker") is narrower,
 *       not equal, and is dropped;</li>
 *   <li>what remains is a group when it has two or more labels ("kok" / "kokkin", "kassamedewerker" /
 *       "caissiere") and at most {@code maxGroup}: a concept with very many short labels lists its specialisations
 *       ("zanger": tenor, sopraan, rapper ...), which are narrower, not equal.</li>
 * </ol>
 * Labels come out lower case and accent-folded, words separated by one space. Not thread-safe: one builder
 * collects one vocabulary.
 */
public final class SynonymGroups {

    public static final int DEFAULT_MAX_WORDS = 2;
    public static final int DEFAULT_GENERIC_AFTER = 3;
    public static final int DEFAULT_MAX_GROUP = 12;
    static final int MIN_ALTERNATIVE_LENGTH = 4;

    private final int maxWords;
    private final int genericAfter;
    private final int maxGroup;
    private final Analyzer folded;
    private final Analyzer stems;
    private final List<List<String>> concepts = new ArrayList<>();

    public SynonymGroups() {
        this(DEFAULT_MAX_WORDS, DEFAULT_GENERIC_AFTER, DEFAULT_MAX_GROUP);
    }

    public SynonymGroups(int maxWords, int genericAfter, int maxGroup) {
        if (maxWords < 1 || genericAfter < 1 || maxGroup < 2) {
            throw new IllegalArgumentException("maxWords and genericAfter must be at least 1 and maxGroup at least 2,"
                    + " were " + maxWords + ", " + genericAfter + " and " + maxGroup);
        }
        this.maxWords = maxWords;
        this.genericAfter = genericAfter;
        this.maxGroup = maxGroup;
        AnalyzerFactory plain = new AnalyzerFactory(AnalysisResources.empty());
        this.folded = plain.folded();
        this.stems = plain.dutch();
    }

    /** Adds one concept's labels, preferred label first; blank labels are skipped. */
    public SynonymGroups addConcept(List<String> labels) {
        Set<String> normalised = new LinkedHashSet<>();
        for (String label : labels) {
            if (label != null && !label.isBlank()) {
                String words = String.join(" ", Terms.of(folded, "", label));
                if (!words.isEmpty()) {
                    normalised.add(words);
                }
            }
        }
        concepts.add(List.copyOf(normalised));
        return this;
    }

    public SynonymGroups addConcepts(Iterable<List<String>> labelLists) {
        labelLists.forEach(this::addConcept);
        return this;
    }

    /** The groups, each of two or more labels, in a stable order (by first label). */
    public List<List<String>> build() {
        Map<String, Integer> conceptsPerLabel = new HashMap<>();
        Map<String, Integer> conceptsPerWord = new HashMap<>();
        for (List<String> labels : concepts) {
            Set<String> words = new HashSet<>();
            for (String label : labels) {
                conceptsPerLabel.merge(label, 1, Integer::sum);
                words.addAll(List.of(label.split(" ")));
            }
            words.forEach(word -> conceptsPerWord.merge(word, 1, Integer::sum));
        }
        Set<List<String>> groups = new LinkedHashSet<>();
        for (List<String> labels : concepts) {
            List<String> group = group(labels, conceptsPerLabel, conceptsPerWord);
            if (group.size() >= 2 && group.size() <= maxGroup) {
                groups.add(group);
            }
        }
        List<List<String>> sorted = new ArrayList<>(groups);
        sorted.sort(Comparator.comparing((List<String> g) -> g.getFirst()).thenComparing(g -> String.join(",", g)));
        return List.copyOf(sorted);
    }

    private List<String> group(
            List<String> labels, Map<String, Integer> conceptsPerLabel, Map<String, Integer> conceptsPerWord) {
        List<String> kept = new ArrayList<>();
        List<Set<String>> keptStems = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            int words = label.split(" ").length;
            boolean alternative = i > 0;
            boolean generic = alternative && words == 1 && conceptsPerWord.getOrDefault(label, 0) - 1 >= genericAfter;
            boolean tooShort = alternative && label.replace(" ", "").length() < MIN_ALTERNATIVE_LENGTH;
            if (words > maxWords || conceptsPerLabel.get(label) > 1 || generic || tooShort) {
                continue;
            }
            List<String> stemList = Terms.firstAtEachPosition(stems, "", label);
            if (stemList.isEmpty()) {
                continue;
            }
            Set<String> stemSet = Set.copyOf(stemList);
            if (keptStems.stream().noneMatch(other -> stemSet.containsAll(other))) {
                // Narrower labels found before a broader one are dropped when the broader one arrives.
                for (int k = keptStems.size() - 1; k >= 0; k--) {
                    if (keptStems.get(k).containsAll(stemSet)) {
                        keptStems.remove(k);
                        kept.remove(k);
                    }
                }
                kept.add(label);
                keptStems.add(stemSet);
            }
        }
        return kept;
    }
}
