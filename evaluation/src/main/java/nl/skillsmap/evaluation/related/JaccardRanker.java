package nl.skillsmap.evaluation.related;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.skillsmap.model.Occupation;

/**
 * The simple baseline: Jaccard overlap of essential skills (shared / either), ties by URI. Occupations sharing no
 * essential skill are not ranked.
 */
public final class JaccardRanker implements RelatedRanker {

    private final Map<String, Set<String>> essential = new HashMap<>();

    public JaccardRanker(List<Occupation> occupations) {
        occupations.forEach(o -> essential.put(o.uri(), new HashSet<>(o.essentialSkills())));
    }

    @Override
    public Optional<List<String>> rank(String sourceUri, int depth) {
        Set<String> source = essential.get(sourceUri);
        if (source == null) {
            return Optional.empty();
        }
        record Scored(String uri, double jaccard) {}
        List<Scored> scored = new ArrayList<>();
        essential.forEach((uri, skills) -> {
            if (!uri.equals(sourceUri)) {
                long shared = skills.stream().filter(source::contains).count();
                if (shared > 0) {
                    scored.add(new Scored(uri, shared / (double) (source.size() + skills.size() - shared)));
                }
            }
        });
        scored.sort(Comparator.comparingDouble(Scored::jaccard).reversed().thenComparing(Scored::uri));
        return Optional.of(scored.stream().limit(depth).map(Scored::uri).toList());
    }
}
