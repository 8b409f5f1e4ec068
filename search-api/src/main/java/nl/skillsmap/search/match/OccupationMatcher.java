package nl.skillsmap.search.match;

import static nl.skillsmap.search.match.EvidenceBoard.Whole.OCCUPATION_PROFILE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
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
    private record Scored(Occupation occupation, double score, double fraction) {}

    /** Highest score first, then the larger coverage fraction, then by URI. */
    private static final Comparator<Scored> ORDER = (a, b) -> {
        int byScore = Double.compare(b.score(), a.score());
        if (byScore != 0) {
            return byScore;
        }
        int byFraction = Double.compare(b.fraction(), a.fraction());
        return byFraction != 0
                ? byFraction
                : a.occupation().uri().compareTo(b.occupation().uri());
    };

    List<MatchResponse.OccupationMatch> rank(EvidenceBoard board, String excluded, int limit) {
        // From each skill with evidence to the occupations it is essential for, so only the pairs that share work
        // are visited; any order, since the ranking below orders them completely.
        int inputs = board.inputs();
        // Keyed by the catalogue's own occupation objects: no second look-up by URI for each.
        Map<Occupation, SharedWork> reached = new IdentityHashMap<>();
        for (Map.Entry<String, TreeMap<Integer, Evidence>> skill :
                board.skillEvidenceByUri().entrySet()) {
            TreeMap<Integer, Evidence> evidence = skill.getValue();
            if (evidence.isEmpty()) {
                continue;
            }
            for (Catalogue.EssentialFor need : catalogue.occupationsNeeding(skill.getKey())) {
                Occupation o = need.occupation();
                if (o.uri().equals(excluded)) {
                    continue;
                }
                reached.computeIfAbsent(o, k -> new SharedWork(inputs)).add(evidence, 1.0, need.times());
            }
        }
        List<Scored> scored = new ArrayList<>(reached.size());
        for (Map.Entry<Occupation, SharedWork> r : reached.entrySet()) {
            Occupation o = r.getKey();
            scored.add(new Scored(
                    o,
                    RankFusion.score(
                                    signals,
                                    r.getValue().bestPerInput,
                                    board.wholeEvidence(OCCUPATION_PROFILE, o.uri()),
                                    Map.of())
                            .total(),
                    Coverage.of(r.getValue().parts, o.essentialSkills().size()).fraction()));
        }
        // The occupations only their profile reaches share no work (so cover none of their skills): one array of
        // zeros serves them all.
        double[] none = new double[inputs];
        for (Map.Entry<String, TreeMap<Integer, Evidence>> profile :
                board.wholeEvidenceById(OCCUPATION_PROFILE).entrySet()) {
            String uri = profile.getKey();
            if (!profile.getValue().isEmpty() && !uri.equals(excluded)) {
                catalogue
                        .occupation(uri)
                        .filter(o -> !reached.containsKey(o))
                        .ifPresent(o -> scored.add(new Scored(
                                o,
                                RankFusion.score(signals, none, profile.getValue(), Map.of())
                                        .total(),
                                0.0)));
            }
        }
        List<Scored> shown = shown(scored, limit);
        List<MatchResponse.OccupationMatch> result = new ArrayList<>(shown.size());
        for (Scored s : shown) {
            result.add(match(s, board));
        }
        return List.copyOf(result);
    }

    /**
     * The first {@code limit} in {@link #ORDER}: only those that score at least the {@code limit}-th highest score
     * can be among them, so only those are ordered.
     */
    private static List<Scored> shown(List<Scored> scored, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        double[] scores = new double[scored.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = scored.get(i).score();
        }
        double lowest = TopScores.kthHighest(scores, scores.length, limit);
        List<Scored> candidates = new ArrayList<>();
        for (Scored s : scored) {
            if (s.score() >= lowest) {
                candidates.add(s);
            }
        }
        candidates.sort(ORDER);
        return candidates.size() > limit ? candidates.subList(0, limit) : candidates;
    }

    private MatchResponse.OccupationMatch match(Scored scored, EvidenceBoard board) {
        Occupation o = scored.occupation();
        List<MatchResponse.SharedSkill> shared = new ArrayList<>();
        List<MatchResponse.SkillLabel> missing = new ArrayList<>();
        for (Catalogue.LabelledSkill skill : catalogue.essentialSkills(o)) {
            Map<Integer, Evidence> evidence = board.skillEvidence(skill.uri());
            if (evidence.isEmpty()) {
                missing.add(new MatchResponse.SkillLabel(skill.uri(), skill.label()));
            } else {
                shared.add(new MatchResponse.SharedSkill(skill.uri(), skill.label(), EvidenceBoard.sorted(evidence)));
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
