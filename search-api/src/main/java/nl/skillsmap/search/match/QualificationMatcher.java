package nl.skillsmap.search.match;

import static nl.skillsmap.search.match.EvidenceBoard.Whole.QUALIFICATION_MEANING;
import static nl.skillsmap.search.match.EvidenceBoard.Whole.QUALIFICATION_PROFILE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import nl.skillsmap.index.DocumentMapper;
import nl.skillsmap.model.Certificate;
import nl.skillsmap.model.CoreTask;
import nl.skillsmap.model.Elective;
import nl.skillsmap.model.Lineage;
import nl.skillsmap.model.Qualification;
import nl.skillsmap.model.SkillRef;
import nl.skillsmap.model.WorkProcess;
import nl.skillsmap.search.LineageSummary;
import nl.skillsmap.search.catalogue.Catalogue;

/**
 * Reads one qualification against the evidence: which of its work processes (or, for a qualification known only
 * by skills, which skills) are covered, counted per core task, what is missing, and which certificates can cover
 * part of the gap. Catalogue-only qualifications have nothing to count and never match.
 */
final class QualificationMatcher {

    private final Catalogue catalogue;
    private final MeaningSearch meanings;
    private final Set<RankFusion.Signal> signals;

    QualificationMatcher(Catalogue catalogue, MeaningSearch meanings) {
        this(catalogue, meanings, RankFusion.Signal.ALL);
    }

    QualificationMatcher(Catalogue catalogue, MeaningSearch meanings, Set<RankFusion.Signal> signals) {
        this.catalogue = catalogue;
        this.meanings = meanings;
        this.signals = signals;
    }

    /** A qualification's rank keys, computed without building its result: only the ones shown get built. */
    record Ranked(Qualification qualification, RankFusion.Score rank, double fraction) {
        double score() {
            return rank.total();
        }
    }

    /**
     * The fused score ({@link RankFusion}), then coverage fraction, then current before lapsed
     * ({@link Lineage.Status} order), then crebo.
     */
    static final Comparator<Ranked> RANKING = (a, b) -> {
        int byScore = RankFusion.ORDER.compare(a.rank(), b.rank());
        if (byScore != 0) {
            return byScore;
        }
        int byFraction = Double.compare(b.fraction(), a.fraction());
        if (byFraction != 0) {
            return byFraction;
        }
        int byStatus = a.qualification()
                .lineageOrAlone()
                .status()
                .compareTo(b.qualification().lineageOrAlone().status());
        return byStatus != 0
                ? byStatus
                : a.qualification().crebo().compareTo(b.qualification().crebo());
    };

    /**
     * Score and coverage fraction, the rank keys {@link #match} shows, of each qualification the evidence touches
     * (by shared work, its profile or its meaning) that {@code asked} accepts, in no particular order. The work
     * shared is carried from each work process and skill with evidence to the qualifications it counts for
     * ({@link Catalogue#coveredByWorkProcess}), so only the pairs that share work are visited instead of every part
     * of every qualification, and the qualifications so reached are the candidates: the evidence is walked once.
     */
    List<Ranked> rank(EvidenceBoard board, Predicate<Qualification> asked) {
        int inputs = board.inputs();
        Map<String, SharedWork> shared = new HashMap<>();
        for (Map.Entry<String, TreeMap<Integer, Evidence>> wp :
                board.workProcessEvidenceById().entrySet()) {
            share(shared, catalogue.coveredByWorkProcess(wp.getKey()), wp.getValue(), 1.0, inputs);
        }
        for (Map.Entry<String, TreeMap<Integer, Evidence>> skill :
                board.skillEvidenceByUri().entrySet()) {
            List<Catalogue.CoveredBy> coveredBy = catalogue.coveredBySkill(skill.getKey());
            if (!coveredBy.isEmpty()) {
                share(shared, coveredBy, skill.getValue(), catalogue.skillDistinctiveness(skill.getKey()), inputs);
            }
        }
        Set<String> touched = new HashSet<>(shared.keySet());
        touched.addAll(board.wholeIds(QUALIFICATION_PROFILE));
        touched.addAll(board.wholeIds(QUALIFICATION_MEANING));
        double[] none = new double[inputs];
        List<Ranked> result = new ArrayList<>();
        for (String crebo : touched) {
            Catalogue.CoverageParts coverage = catalogue.coverageParts(crebo).orElse(null);
            if (coverage == null
                    || coverage.basis() == Qualification.CoverageBasis.NONE
                    || !asked.test(coverage.qualification())) {
                continue;
            }
            Qualification q = coverage.qualification();
            SharedWork s = shared.get(crebo);
            ranked(q, coverage.ids().size(), s == null ? 0 : s.parts, s == null ? none : s.bestPerInput, board)
                    .ifPresent(result::add);
        }
        return result;
    }

    private static void share(
            Map<String, SharedWork> shared,
            List<Catalogue.CoveredBy> coveredBy,
            TreeMap<Integer, Evidence> evidence,
            double weight,
            int inputs) {
        if (evidence.isEmpty()) {
            return;
        }
        for (Catalogue.CoveredBy c : coveredBy) {
            shared.computeIfAbsent(c.qualification().crebo(), k -> new SharedWork(inputs))
                    .add(evidence, weight, c.times());
        }
    }

    private Optional<Ranked> ranked(
            Qualification q, int parts, int matched, double[] bestPerInput, EvidenceBoard board) {
        Map<Integer, Evidence> profile = board.wholeEvidence(QUALIFICATION_PROFILE, q.crebo());
        Map<Integer, Evidence> meaning = board.wholeEvidence(QUALIFICATION_MEANING, q.crebo());
        if (matched == 0 && profile.isEmpty() && meaning.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Ranked(
                q,
                RankFusion.score(signals, bestPerInput, profile, meaning),
                Coverage.of(matched, parts).fraction()));
    }

    /**
     * One qualification read against the evidence as its match card shows it, also when no evidence touches it
     * (then nothing is shared and its score is 0): what an overview of it starts from.
     */
    MatchResponse.QualificationMatch read(Qualification q, EvidenceBoard board) {
        Ranked ranked = rank(board, q::equals).stream()
                .findFirst()
                .orElseGet(() -> new Ranked(q, RankFusion.score(Map.of(), Map.of(), Map.of()), 0.0));
        return match(ranked, board);
    }

    /**
     * A ranked qualification as shown: what it shares and misses, per core task, with the evidence; its score is
     * the one it was ranked by.
     */
    MatchResponse.QualificationMatch match(Ranked ranked, EvidenceBoard board) {
        Qualification q = ranked.qualification();
        return q.coverageBasis() == Qualification.CoverageBasis.SKILLS
                ? bySkills(q, ranked.score(), board)
                : byWorkProcesses(q, ranked.score(), board);
    }

    private MatchResponse.QualificationMatch byWorkProcesses(Qualification q, double score, EvidenceBoard board) {
        List<MatchResponse.CoreTaskCoverage> coreTasks = new ArrayList<>();
        List<MatchResponse.SharedPart> shared = new ArrayList<>();
        List<MatchResponse.MissingGroup> missing = new ArrayList<>();
        int total = 0;
        for (CoreTask ct : q.coreTasks()) {
            int matched = 0;
            List<WorkProcessRef> gap = new ArrayList<>();
            for (WorkProcess wp : ct.workProcesses()) {
                Map<Integer, Evidence> evidence = board.workProcessEvidence(wp.id());
                if (evidence.isEmpty()) {
                    gap.add(new WorkProcessRef(wp.id(), wp.code(), wp.title()));
                    continue;
                }
                matched++;
                shared.add(new MatchResponse.SharedPart(
                        wp.id(), wp.code(), wp.title(), ct.code(), EvidenceBoard.sorted(evidence)));
            }
            int size = ct.workProcesses().size();
            total += size;
            Coverage coverage = Coverage.of(matched, size);
            coreTasks.add(new MatchResponse.CoreTaskCoverage(
                    ct.code(), ct.title(), PartNames.of(ct.part()), matched, size, coverage.fraction()));
            if (!gap.isEmpty()) {
                missing.add(new MatchResponse.MissingGroup(new CoreTaskRef(ct.code(), ct.title()), gap));
            }
        }
        return result(q, Coverage.of(shared.size(), total), score, board, coreTasks, shared, missing);
    }

    /** A qualification known only by its skills: the skills are what is counted, shared and missing. */
    private MatchResponse.QualificationMatch bySkills(Qualification q, double score, EvidenceBoard board) {
        Map<String, SkillRef> skills = new LinkedHashMap<>();
        q.skills().forEach(s -> skills.putIfAbsent(s.uri(), s));
        List<MatchResponse.SharedPart> shared = new ArrayList<>();
        List<WorkProcessRef> gap = new ArrayList<>();
        for (SkillRef skill : skills.values()) {
            String label = catalogue.labelOf(skill);
            Map<Integer, Evidence> evidence = board.skillEvidence(skill.uri());
            if (evidence.isEmpty()) {
                gap.add(new WorkProcessRef(skill.uri(), null, label));
                continue;
            }
            shared.add(new MatchResponse.SharedPart(skill.uri(), null, label, null, EvidenceBoard.sorted(evidence)));
        }
        List<MatchResponse.MissingGroup> missing =
                gap.isEmpty() ? List.of() : List.of(new MatchResponse.MissingGroup(null, gap));
        return result(q, Coverage.of(shared.size(), skills.size()), score, board, List.of(), shared, missing);
    }

    private MatchResponse.QualificationMatch result(
            Qualification q,
            Coverage coverage,
            double score,
            EvidenceBoard board,
            List<MatchResponse.CoreTaskCoverage> coreTasks,
            List<MatchResponse.SharedPart> shared,
            List<MatchResponse.MissingGroup> missing) {
        Map<Integer, Evidence> profile = board.wholeEvidence(QUALIFICATION_PROFILE, q.crebo());
        Map<Integer, Evidence> meaning = board.wholeEvidence(QUALIFICATION_MEANING, q.crebo());
        return new MatchResponse.QualificationMatch(
                q.crebo(),
                q.name(),
                q.level(),
                q.domain(),
                q.dossier(),
                DocumentMapper.basisKey(q.coverageBasis()),
                coverage,
                score,
                coreTasks,
                shared,
                missing,
                missing.isEmpty() ? List.of() : certificates(q),
                wholeEvidence(q, board, profile, meaning),
                LineageSummary.of(q, catalogue::qualification));
    }

    /**
     * Evidence on the qualification as a whole, strongest first: its profile's words, then how close in meaning
     * each input is, with the qualification's words closest to it.
     */
    private List<Evidence> wholeEvidence(
            Qualification q, EvidenceBoard board, Map<Integer, Evidence> profile, Map<Integer, Evidence> meaning) {
        List<Evidence> result = new ArrayList<>(EvidenceBoard.sorted(profile));
        for (Map.Entry<Integer, Evidence> e : meaning.entrySet()) {
            float[] vector = board.meaningVector(e.getKey());
            Evidence m = e.getValue();
            result.add(
                    vector == null
                            ? m
                            : new Evidence(m.input(), m.how(), meanings.closestWords(q, vector), m.strength(), null));
        }
        result.sort(java.util.Comparator.comparingDouble(Evidence::strength).reversed());
        return result;
    }

    /**
     * The qualification's mbo-certificates and its electives that lead to one, or of which that is not known (an
     * advisor can check): the parts of the gap that can be certified on their own.
     */
    List<MatchResponse.CertificateOption> certificates(Qualification q) {
        List<MatchResponse.CertificateOption> result = new ArrayList<>();
        for (Certificate c : q.certificates()) {
            result.add(new MatchResponse.CertificateOption(c.title(), "certificate", null, c.evidence(), true));
        }
        for (Elective e : catalogue.electivesOf(q)) {
            if (Boolean.FALSE.equals(e.certificate())) {
                continue;
            }
            String title = e.title() != null ? e.title() : e.code();
            String evidence = Boolean.TRUE.equals(e.certificate())
                    ? "Keuzedeel " + e.code() + " leidt tot een mbo-certificaat"
                    : "Onbekend of keuzedeel " + e.code() + " tot een mbo-certificaat leidt";
            result.add(new MatchResponse.CertificateOption(title, "elective", e.code(), evidence, e.certificate()));
        }
        return result;
    }
}
