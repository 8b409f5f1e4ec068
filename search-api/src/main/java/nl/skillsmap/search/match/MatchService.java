package nl.skillsmap.search.match;

import nl.skillsmap.model.Qualification;
import nl.skillsmap.search.SkillsmapIndex;
import nl.skillsmap.search.catalogue.Catalogue;
import nl.skillsmap.search.catalogue.CatalogueCache;
import org.apache.lucene.search.IndexSearcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static nl.skillsmap.search.match.EvidenceBoard.Whole.QUALIFICATION_MEANING;
import static nl.skillsmap.search.match.EvidenceBoard.Whole.QUALIFICATION_PROFILE;

/**
 * Matches what a person does to qualifications and occupations: each input resolves to the work processes and
 * skills that are the same work ({@link SameWork}, with evidence of how), evidence travels to similar work in other
 * qualifications, and each qualification's coverage is counted from its matched work processes. Qualifications
 * and occupations rank as {@link RankFusion} fuses the work they share with the evidence on them as a whole, then
 * by coverage fraction, then current before lapsed, then by crebo; {@link LineageCards} then keeps one card per
 * qualification (unless every code is asked for). Thread-safe; build once per index.
 */
public final class MatchService {

    private final SkillsmapIndex index;
    private final CatalogueCache catalogues;
    private final PhraseSearch phrases;
    private final ProfileSearch profiles;
    private final ProfileSearch occupationProfiles;
    private final MeaningSearch meanings;

    public MatchService(SkillsmapIndex index) {
        this(index, new CatalogueCache(index));
    }

    public MatchService(SkillsmapIndex index, CatalogueCache catalogues) {
        this(index, catalogues, new SurfaceTermMatchClassifier());
    }

    public MatchService(SkillsmapIndex index, CatalogueCache catalogues, TermMatchClassifier classifier) {
        this.index = index;
        this.catalogues = catalogues;
        this.meanings = new MeaningSearch(index.semanticSpace(), index.analyzers().dutch());
        this.phrases = new PhraseSearch(catalogues.words(), new WordMatcher(classifier), meanings);
        this.profiles = ProfileSearch.qualifications(index.analyzers().dutch());
        this.occupationProfiles = ProfileSearch.occupations(index.analyzers().dutch());
    }

    /**
     * @throws nl.skillsmap.search.ValidationException when the request breaks a limit, gives no input or names
     *                                                 an unknown id
     */
    public MatchResponse match(MatchRequest request) {
        MatchRequest checked = request.validated();
        IndexSearcher searcher = index.acquire();
        try {
            Catalogue catalogue = catalogues.of(searcher);
            MatchRequest valid = withHeldContent(checked, catalogue);
            InputResolver.Resolved resolved = resolve(searcher, catalogue, valid);
            return new MatchResponse(resolved.understood(),
                    rankQualifications(catalogue, resolved, valid),
                    new OccupationMatcher(catalogue).rank(resolved.board(), resolved.heldOccupation(),
                            valid.effectiveLimit()));
        } finally {
            index.release(searcher);
        }
    }

    /** A work process one phrase counts as shared, with how sure and how it matched. */
    public record SharedWork(String workProcessId, double strength, How how) {
    }

    /**
     * The work processes that one phrase, matched as the only activity, counts as shared (in every qualification,
     * not only those a match would show), surest first, then by id: what a person who typed only this phrase is
     * told they already do.
     */
    public List<SharedWork> sharedWork(String phrase) {
        MatchRequest valid = new MatchRequest(List.of(phrase), List.of(), List.of(), null, null, List.of(), List.of(),
                null).validated();
        IndexSearcher searcher = index.acquire();
        try {
            Catalogue catalogue = catalogues.of(searcher);
            EvidenceBoard board = resolve(searcher, catalogue, valid).board();
            List<SharedWork> shared = new ArrayList<>();
            for (String id : board.workProcessIds()) {
                EvidenceBoard.sorted(board.workProcessEvidence(id)).stream().findFirst()
                        .ifPresent(e -> shared.add(new SharedWork(id, e.strength(), e.how())));
            }
            shared.sort(java.util.Comparator.comparingDouble(SharedWork::strength).reversed()
                    .thenComparing(SharedWork::workProcessId));
            return shared;
        } finally {
            index.release(searcher);
        }
    }

    /**
     * Every work process one phrase's words reach, with the signals {@link SameWork} decides on, before it is
     * decided: for fitting that decision.
     */
    public List<SameWork.Candidate> candidates(String phrase) {
        IndexSearcher searcher = index.acquire();
        try {
            return phrases.candidates(searcher, catalogues.of(searcher), phrase, meanings.textVector(phrase));
        } finally {
            index.release(searcher);
        }
    }

    /** The semantic space as matching reads it, for services that read qualifications against a request's evidence. */
    MeaningSearch meanings() {
        return meanings;
    }

    /** The evidence a request gives, for services that read it differently (compare, related qualifications). */
    InputResolver.Resolved resolve(IndexSearcher searcher, Catalogue catalogue, MatchRequest valid) {
        return new InputResolver(searcher, catalogue, phrases, profiles, occupationProfiles, meanings)
                .resolve(valid);
    }

    private List<MatchResponse.QualificationMatch> rankQualifications(Catalogue catalogue,
                                                                      InputResolver.Resolved resolved,
                                                                      MatchRequest request) {
        EvidenceBoard board = resolved.board();
        Set<String> candidates = new TreeSet<>();
        for (String id : board.workProcessIds()) {
            catalogue.workProcess(id).ifPresent(wp -> candidates.add(wp.crebo()));
        }
        for (String uri : board.skillUris()) {
            candidates.addAll(catalogue.qualificationsListing(uri));
        }
        candidates.addAll(board.wholeIds(QUALIFICATION_PROFILE));
        candidates.addAll(board.wholeIds(QUALIFICATION_MEANING));
        if (resolved.heldCrebo() != null) {
            // The person holds that qualification: none of its codes is a step to take.
            catalogue.qualification(resolved.heldCrebo())
                    .ifPresent(held -> held.lineageOrAlone().members().forEach(candidates::remove));
            candidates.remove(resolved.heldCrebo());
        }
        Set<String> domains = request.domains().stream().map(d -> d.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        QualificationMatcher matcher = new QualificationMatcher(catalogue, meanings);
        List<QualificationMatcher.Ranked> ranked = new ArrayList<>();
        for (String crebo : candidates) {
            catalogue.qualification(crebo)
                    .filter(q -> request.levels().isEmpty() || request.levels().contains(q.level()))
                    .filter(q -> domains.isEmpty() || inDomains(q, domains))
                    .flatMap(q -> matcher.rank(q, board))
                    .ifPresent(ranked::add);
        }
        // Score, then coverage fraction, then status, then crebo: the same input always gives the same order.
        ranked.sort(QualificationMatcher.RANKING);
        return LineageCards.of(ranked, catalogue, request.lineageSelection()).stream()
                .limit(request.effectiveLimit())
                .map(card -> matcher.match(card.scored(), board).asCardOf(card.shown(),
                        card.content().qualification(), catalogue::qualification))
                .toList();
    }

    /**
     * The request with a held qualification that has no work processes or skills of its own (a catalogue entry,
     * often the newest code) replaced by its lineage's best-described code, whose work the holder learned too.
     */
    static MatchRequest withHeldContent(MatchRequest request, Catalogue catalogue) {
        return catalogue.qualification(request.qualification() == null ? "" : request.qualification())
                .filter(held -> held.coverageBasis() == Qualification.CoverageBasis.NONE)
                .map(held -> held.lineageOrAlone().described())
                .filter(described -> !described.equals(request.qualification()))
                .map(request::holding)
                .orElse(request);
    }

    private static boolean inDomains(Qualification q, Set<String> domains) {
        return q.domain() != null && domains.contains(q.domain().strip().toLowerCase(Locale.ROOT));
    }
}
