package nl.skillsmap.search.match;

import static nl.skillsmap.search.match.EvidenceBoard.Whole.OCCUPATION_PROFILE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.skillsmap.model.Occupation;
import nl.skillsmap.search.catalogue.Catalogue;

/**
 * Ranks ESCO occupations by what the person does: per input, its strongest evidence on one of the occupation's
 * essential skills and how well it matches the occupation's profile as a whole (labels, description, essential
 * skills), fused as for qualifications ({@link RankFusion}); coverage counts the shared essential skills.
 */
final class OccupationMatcher {

    private final Catalogue catalogue;
    private final Set<RankFusion.Signal> signals;

    OccupationMatcher(Catalogue catalogue) {
        this(catalogue, RankFusion.Signal.ALL);
    }

    OccupationMatcher(Catalogue catalogue, Set<RankFusion.Signal> signals) {
        this.catalogue = catalogue;
        this.signals = signals;
    }

    /** An occupation scored before its result is built, so only the ones shown are built. */
    private record Scored(Occupation occupation, RankFusion.Score rank, double fraction) {
        double score() {
            return rank.total();
        }
    }

    List<MatchResponse.OccupationMatch> rank(EvidenceBoard board, String excluded, int limit) {
        // Any order: the ranking below orders them completely.
        Set<String> candidates = new HashSet<>();
        board.skillUris().forEach(uri -> candidates.addAll(catalogue.occupationsNeeding(uri)));
        candidates.addAll(board.wholeIds(OCCUPATION_PROFILE));
        if (excluded != null) {
            candidates.remove(excluded);
        }
        List<Scored> scored = new ArrayList<>();
        double[] bestPerInput = new double[board.inputs()];
        for (String uri : candidates) {
            Occupation o = catalogue.occupation(uri).orElse(null);
            if (o == null) {
                continue;
            }
            Arrays.fill(bestPerInput, 0.0);
            int shared = 0;
            List<String> essential = o.essentialSkills();
            for (String skill : essential) {
                TreeMap<Integer, Evidence> evidence = board.skillEvidenceOrNull(skill);
                if (evidence != null && !evidence.isEmpty()) {
                    shared++;
                    for (Map.Entry<Integer, Evidence> e : evidence.entrySet()) {
                        int input = e.getKey();
                        bestPerInput[input] =
                                Math.max(bestPerInput[input], e.getValue().strength());
                    }
                }
            }
            Map<Integer, Evidence> profile = board.wholeEvidence(OCCUPATION_PROFILE, uri);
            if (shared > 0 || !profile.isEmpty()) {
                scored.add(new Scored(
                        o,
                        RankFusion.score(signals, bestPerInput, profile, Map.of()),
                        Coverage.of(shared, essential.size()).fraction()));
            }
        }
        return scored.stream()
                .sorted(Comparator.comparing(Scored::rank, RankFusion.ORDER)
                        .thenComparing(
                                Comparator.comparingDouble(Scored::fraction).reversed())
                        .thenComparing(s -> s.occupation().uri()))
                .limit(limit)
                .map(s -> match(s, board))
                .toList();
    }

    private MatchResponse.OccupationMatch match(Scored scored, EvidenceBoard board) {
        Occupation o = scored.occupation();
        List<MatchResponse.SharedSkill> shared = new ArrayList<>();
        List<MatchResponse.SkillLabel> missing = new ArrayList<>();
        for (String uri : o.essentialSkills()) {
            Map<Integer, Evidence> evidence = board.skillEvidence(uri);
            String label = catalogue.skillLabel(uri);
            if (evidence.isEmpty()) {
                missing.add(new MatchResponse.SkillLabel(uri, label));
            } else {
                shared.add(new MatchResponse.SharedSkill(uri, label, EvidenceBoard.sorted(evidence)));
            }
        }
        return new MatchResponse.OccupationMatch(
                o.uri(),
                Catalogue.lastSegment(o.uri()),
                o.label(),
                o.iscoGroup(),
                scored.score(),
                Coverage.of(shared.size(), o.essentialSkills().size()),
                shared,
                missing,
                EvidenceBoard.sorted(board.wholeEvidence(OCCUPATION_PROFILE, o.uri())));
    }
}
