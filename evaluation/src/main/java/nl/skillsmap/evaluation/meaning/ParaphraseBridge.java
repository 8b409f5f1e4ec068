package nl.skillsmap.evaluation.meaning;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.skillsmap.index.IndexedWorkProcess;
import nl.skillsmap.model.Qualification;
import nl.skillsmap.search.catalogue.Catalogue;
import nl.skillsmap.source.CsvFile;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * A translation-style model of which Dutch words name the same work, learned from the data's own paraphrases: ESCO's
 * preferred Dutch label against each alternative label of the same concept, a work process of one code of a
 * qualification against the most alike work process of another code of it (a lapsed code and its successor word the
 * same work differently), and the differently worded titles of one group of equivalent work processes. Two words are
 * associated by how often one pair side says the one where the other side says the other (Dice over the words the
 * two sides do not share); the bridge from a phrase to a text is how well the phrase's words the text does not say
 * are said there in other words.
 */
public final class ParaphraseBridge {

    static final int MIN_PAIRS = 2;
    /** Least word overlap (Jaccard over stems) for two work processes of one qualification to be paired. */
    static final double MIN_ALIGNMENT = 0.25;

    private final Map<String, Map<String, Double>> associations;
    private final int pairs;

    private ParaphraseBridge(Map<String, Map<String, Double>> associations, int pairs) {
        this.associations = associations;
        this.pairs = pairs;
    }

    /** Learned from ESCO's Dutch labels in {@code esco} and the work processes of {@code catalogue}. */
    public static ParaphraseBridge learn(Path esco, Catalogue catalogue) {
        List<List<String>> pairs = new ArrayList<>();
        for (String kind : List.of("skills", "occupations")) {
            new CsvFile(esco.resolve(kind + "_nl.csv")).forEachRow(List.of("preferredLabel", "altLabels"), row -> {
                String alt = row.get(1);
                if (alt != null) {
                    alt.lines()
                            .map(String::strip)
                            .filter(s -> !s.isEmpty())
                            .forEach(a -> pairs.add(List.of(row.get(0), a)));
                }
            });
        }
        Set<String> seenLineages = new HashSet<>();
        for (Qualification q : catalogue.qualifications()) {
            List<String> members = q.lineageOrAlone().members();
            if (members.size() < 2 || !seenLineages.add(String.join(",", members))) {
                continue;
            }
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    alignWorkProcesses(
                            catalogue.workProcessesOf(members.get(i)),
                            catalogue.workProcessesOf(members.get(j)),
                            pairs);
                }
            }
        }
        for (List<IndexedWorkProcess> group : new TreeMap<>(catalogue.groups()).values()) {
            Set<String> titles = new LinkedHashSet<>();
            group.forEach(wp -> titles.add(wp.title()));
            List<String> distinct = List.copyOf(titles);
            for (int i = 0; i < distinct.size(); i++) {
                for (int j = i + 1; j < distinct.size(); j++) {
                    pairs.add(List.of(distinct.get(i), distinct.get(j)));
                }
            }
        }
        return fromPairs(pairs);
    }

    static ParaphraseBridge fromPairs(List<List<String>> pairs) {
        Map<String, Integer> sides = new HashMap<>();
        Map<String, Map<String, Integer>> together = new HashMap<>();
        int used = 0;
        for (List<String> pair : pairs) {
            Set<String> a = stems(pair.get(0));
            Set<String> b = stems(pair.get(1));
            Set<String> onlyA = new HashSet<>(a);
            onlyA.removeAll(b);
            Set<String> onlyB = new HashSet<>(b);
            onlyB.removeAll(a);
            if (onlyA.isEmpty() || onlyB.isEmpty()) {
                continue;
            }
            used++;
            onlyA.forEach(w -> sides.merge(w, 1, Integer::sum));
            onlyB.forEach(w -> sides.merge(w, 1, Integer::sum));
            for (String x : onlyA) {
                for (String y : onlyB) {
                    together.computeIfAbsent(x, k -> new HashMap<>()).merge(y, 1, Integer::sum);
                    together.computeIfAbsent(y, k -> new HashMap<>()).merge(x, 1, Integer::sum);
                }
            }
        }
        Map<String, Map<String, Double>> associations = new HashMap<>();
        together.forEach((x, row) -> row.forEach((y, c) -> {
            if (c >= MIN_PAIRS) {
                associations.computeIfAbsent(x, k -> new HashMap<>()).put(y, 2.0 * c / (sides.get(x) + sides.get(y)));
            }
        }));
        return new ParaphraseBridge(associations, used);
    }

    /** How many aligned pairs the associations were learned from. */
    public int pairs() {
        return pairs;
    }

    /** How strongly two words are associated, 0..1 (1 for the same word). */
    public double association(String a, String b) {
        String x = stem(a);
        String y = stem(b);
        return x.equals(y) ? 1 : associations.getOrDefault(x, Map.of()).getOrDefault(y, 0.0);
    }

    /**
     * Mean, over the phrase's content words the text does not say, of each one's strongest association with a word
     * of the text; 0 when the text says every phrase word.
     */
    public double bridge(String phrase, String text) {
        Set<String> p = stems(phrase);
        Set<String> t = stems(text);
        p.removeAll(t);
        if (p.isEmpty()) {
            return 0;
        }
        double sum = 0;
        for (String w : p) {
            Map<String, Double> row = associations.getOrDefault(w, Map.of());
            double best = 0;
            for (String u : t) {
                best = Math.max(best, row.getOrDefault(u, 0.0));
            }
            sum += best;
        }
        return sum / p.size();
    }

    private static void alignWorkProcesses(
            List<IndexedWorkProcess> older, List<IndexedWorkProcess> newer, List<List<String>> pairs) {
        for (IndexedWorkProcess a : older) {
            Set<String> sa = stems(a.title() + " " + nullToEmpty(a.workProcess().description()));
            IndexedWorkProcess best = null;
            double bestOverlap = MIN_ALIGNMENT;
            for (IndexedWorkProcess b : newer) {
                Set<String> sb =
                        stems(b.title() + " " + nullToEmpty(b.workProcess().description()));
                double overlap = jaccard(sa, sb);
                if (overlap > bestOverlap) {
                    bestOverlap = overlap;
                    best = b;
                }
            }
            if (best != null && !best.title().equalsIgnoreCase(a.title())) {
                pairs.add(List.of(a.title(), best.title()));
            }
        }
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return (double) both.size() / (a.size() + b.size() - both.size());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    static Set<String> stems(String text) {
        Set<String> result = new LinkedHashSet<>();
        for (String token : EnglishGloss.tokens(text)) {
            if (!EnglishGloss.DUTCH_STOP.contains(token) && token.length() > 1) {
                result.add(stem(token));
            }
        }
        return result;
    }

    private static String stem(String word) {
        DutchStemmer stemmer = new DutchStemmer();
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }
}
