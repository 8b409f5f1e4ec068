package nl.skillsmap.search.match;

import nl.skillsmap.model.Occupation;
import nl.skillsmap.search.catalogue.Catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Ranks ESCO occupations by the person's skills that are essential to them: the score sums, over shared essential
 * skills, the strongest evidence for each, so more shared skills rank higher; coverage counts them.
 */
final class OccupationMatcher {

    private final Catalogue catalogue;

    OccupationMatcher(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** An occupation scored before its result is built, so only the ones shown are built. */
    private record Scored(Occupation occupation, double score, double fraction) {
    }

    List<MatchResponse.OccupationMatch> rank(EvidenceBoard board, String excluded, int limit) {
        TreeSet<String> candidates = new TreeSet<>();
        board.skillUris().forEach(uri -> candidates.addAll(catalogue.occupationsNeeding(uri)));
        if (excluded != null) {
            candidates.remove(excluded);
        }
        List<Scored> scored = new ArrayList<>();
        for (String uri : candidates) {
            catalogue.occupation(uri).ifPresent(o -> {
                double score = 0;
                int shared = 0;
                List<String> essential = o.essentialSkills();
                for (String skill : essential) {
                    double best = board.bestSkillStrength(skill);
                    if (best > 0) {
                        score += best;
                        shared++;
                    }
                }
                if (shared > 0) {
                    scored.add(new Scored(o, Evidence.round(score), Coverage.of(shared, essential.size()).fraction()));
                }
            });
        }
        return scored.stream()
                .sorted(Comparator.comparingDouble(Scored::score).reversed()
                        .thenComparing(Comparator.comparingDouble(Scored::fraction).reversed())
                        .thenComparing(s -> s.occupation().uri()))
                .limit(limit)
                .map(s -> match(s.occupation(), board).orElseThrow())
                .toList();
    }

    private Optional<MatchResponse.OccupationMatch> match(Occupation o, EvidenceBoard board) {
        List<String> essential = o.essentialSkills();
        List<MatchResponse.SharedSkill> shared = new ArrayList<>();
        List<MatchResponse.SkillLabel> missing = new ArrayList<>();
        double score = 0;
        for (String uri : essential) {
            Map<Integer, Evidence> evidence = board.skillEvidence(uri);
            String label = catalogue.skillLabel(uri);
            if (evidence.isEmpty()) {
                missing.add(new MatchResponse.SkillLabel(uri, label));
                continue;
            }
            List<Evidence> sorted = EvidenceBoard.sorted(evidence);
            score += sorted.getFirst().strength();
            shared.add(new MatchResponse.SharedSkill(uri, label, sorted));
        }
        if (shared.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MatchResponse.OccupationMatch(o.uri(), Catalogue.lastSegment(o.uri()), o.label(),
                o.iscoGroup(), Evidence.round(score), Coverage.of(shared.size(), essential.size()), shared,
                missing));
    }
}
