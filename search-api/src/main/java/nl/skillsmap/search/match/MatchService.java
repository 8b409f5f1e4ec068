package nl.skillsmap.search.match;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.skillsmap.model.Occupation;
import nl.skillsmap.model.Qualification;
import nl.skillsmap.search.catalogue.Catalogue;
import nl.skillsmap.search.index.IndexSnapshot;
import nl.skillsmap.search.index.SkillsmapIndex;
import org.apache.lucene.analysis.Analyzer;

/**
 * Matches what a person does to qualifications and occupations: each input resolves to the work processes and
 * skills that are the same work ({@link SameWork}, with evidence of how), evidence travels to similar work in other
 * qualifications, and each qualification's coverage is counted from its matched work processes. Qualifications
 * and occupations rank as {@link RankFusion} fuses the work they share with the evidence on them as a whole, then
 * by coverage fraction, then current before lapsed, then by crebo; {@link LineageCards} then keeps one card per
 * qualification (unless every code is asked for). Thread-safe; each request reads one {@link IndexSnapshot}.
 */
public final class MatchService {

    /**
     * Activity phrases whose resolution each snapshot keeps: people type the same activities, and one phrase takes
     * a few to some tens of kilobytes (one that reaches hundreds of qualifications, occupations and work processes
     * the most), so the cache stays within {@link #PHRASE_CACHE_BYTES} as well.
     */
    static final int PHRASE_CACHE_ENTRIES = 4096;

    static final long PHRASE_CACHE_BYTES = 64L << 20;

    /** The classifier of every service made without one: services that classify alike share a cache. */
    private static final TermMatchClassifier SURFACE = new SurfaceTermMatchClassifier();

    private final SkillsmapIndex index;
    private final WordMatcher matcher;
    private final Set<RankFusion.Signal> signals;
    /** The key of this service's phrase cache in each snapshot: resolutions depend on the classifier. */
    private final TermMatchClassifier classifier;

    public MatchService(SkillsmapIndex index) {
        this(index, SURFACE);
    }

    public MatchService(SkillsmapIndex index, TermMatchClassifier classifier) {
        this(index, classifier, RankFusion.Signal.ALL);
    }

    /**
     * A service that ranks by some of the signals only, to measure what each adds: what is understood and shared
     * stays the same, the order weighs only {@code signals}.
     */
    public MatchService(SkillsmapIndex index, Set<RankFusion.Signal> signals) {
        this(index, SURFACE, signals);
    }

    private MatchService(SkillsmapIndex index, TermMatchClassifier classifier, Set<RankFusion.Signal> signals) {
        this.index = index;
        this.classifier = classifier;
        this.matcher = new WordMatcher(classifier);
        this.signals = Set.copyOf(signals);
    }

    /** How the current snapshot's cache of resolved activity phrases has served so far. */
    public PhraseCache.Stats phraseCacheStats() {
        IndexSnapshot snapshot = index.acquire();
        try {
            return phraseCache(snapshot).stats();
        } finally {
            index.release(snapshot);
        }
    }

    private PhraseCache<InputResolver.ResolvedPhrase> phraseCache(IndexSnapshot snapshot) {
        return snapshot.derived(classifier, k -> InputResolver.cache(PHRASE_CACHE_ENTRIES, PHRASE_CACHE_BYTES));
    }

    /**
     * @throws nl.skillsmap.search.ValidationException when the request breaks a limit, gives no input or names
     *                                                 an unknown id
     */
    public MatchResponse match(MatchRequest request) {
        MatchRequest checked = request.validated();
        IndexSnapshot snapshot = index.acquire();
        try {
            return answer(snapshot, checked);
        } finally {
            index.release(snapshot);
        }
    }

    /** {@link #match(MatchRequest)} on a snapshot the caller holds, for a page that reads more of it. */
    public MatchResponse match(IndexSnapshot snapshot, MatchRequest request) {
        return answer(snapshot, request.validated());
    }

    /** The answer to a request already validated (its texts read into activities once). */
    private MatchResponse answer(IndexSnapshot snapshot, MatchRequest checked) {
        Catalogue catalogue = snapshot.catalogue();
        MatchRequest valid = withHeldContent(checked, catalogue);
        InputResolver.Resolved resolved = resolve(snapshot, valid);
        return new MatchResponse(
                resolved.understood(),
                rankQualifications(catalogue, snapshot.meanings(), resolved, valid),
                new OccupationMatcher(catalogue, signals)
                        .rank(resolved.board(), resolved.heldOccupation(), valid.effectiveLimit()));
    }

    /** A work process one phrase counts as shared, with how sure and how it matched. */
    public record SharedWork(String workProcessId, double strength, How how) {}

    /**
     * The work processes that one phrase, matched as the only activity, counts as shared (in every qualification,
     * not only those a match would show), surest first, then by id: what a person who typed only this phrase is
     * told they already do.
     */
    public List<SharedWork> sharedWork(String phrase) {
        MatchRequest valid = new MatchRequest(
                        List.of(phrase), List.of(), List.of(), null, null, List.of(), List.of(), null)
                .validated();
        IndexSnapshot snapshot = index.acquire();
        try {
            EvidenceBoard board = resolve(snapshot, valid).board();
            List<SharedWork> shared = new ArrayList<>();
            for (String id : board.workProcessIds()) {
                EvidenceBoard.sorted(board.workProcessEvidence(id)).stream()
                        .findFirst()
                        .ifPresent(e -> shared.add(new SharedWork(id, e.strength(), e.how())));
            }
            shared.sort(java.util.Comparator.comparingDouble(SharedWork::strength)
                    .reversed()
                    .thenComparing(SharedWork::workProcessId));
            return shared;
        } finally {
            index.release(snapshot);
        }
    }

    /**
     * The occupation an activity names as the person's job ("Ik werk als kassamedewerker"), as {@link #match} reads
     * it, if it names one.
     */
    public Optional<Occupation> jobNamed(String activity) {
        IndexSnapshot snapshot = index.acquire();
        try {
            return JobStatement.read(activity, snapshot.catalogue(), snapshot.searcher(), snapshot.jobTitles())
                    .map(JobStatement::occupation);
        } finally {
            index.release(snapshot);
        }
    }

    /**
     * Every work process one phrase's words reach, with the signals {@link SameWork} decides on, before it is
     * decided: for fitting that decision.
     */
    public List<SameWork.Candidate> candidates(String phrase) {
        IndexSnapshot snapshot = index.acquire();
        try {
            return phrases(snapshot)
                    .candidates(
                            snapshot.searcher(),
                            snapshot.catalogue(),
                            phrase,
                            snapshot.meanings().textPlace(phrase));
        } finally {
            index.release(snapshot);
        }
    }

    /** The evidence a request gives, for services that read it differently (compare, related qualifications). */
    InputResolver.Resolved resolve(IndexSnapshot snapshot, MatchRequest valid) {
        Analyzer typed = snapshot.analyzers().dutchQuery();
        return new InputResolver(
                        snapshot.searcher(),
                        snapshot.catalogue(),
                        phrases(snapshot),
                        ProfileSearch.qualifications(typed),
                        ProfileSearch.occupations(typed),
                        snapshot.meanings(),
                        snapshot.jobTitles(),
                        snapshot.relatedOccupations(),
                        phraseCache(snapshot))
                .resolve(valid);
    }

    private PhraseSearch phrases(IndexSnapshot snapshot) {
        return new PhraseSearch(
                snapshot.words(),
                matcher,
                snapshot.meanings(),
                snapshot.derived(
                        PhraseSearch.LabelTermWeights.class,
                        k -> new PhraseSearch.LabelTermWeights(
                                snapshot.searcher().getIndexReader())));
    }

    private List<MatchResponse.QualificationMatch> rankQualifications(
            Catalogue catalogue, MeaningSearch meanings, InputResolver.Resolved resolved, MatchRequest request) {
        EvidenceBoard board = resolved.board();
        // The person holds that qualification: none of its codes is a step to take.
        Set<String> held = new HashSet<>();
        if (resolved.heldCrebo() != null) {
            held.add(resolved.heldCrebo());
            catalogue
                    .qualification(resolved.heldCrebo())
                    .ifPresent(q -> held.addAll(q.lineageOrAlone().members()));
        }
        Set<String> domains =
                request.domains().stream().map(d -> d.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        QualificationMatcher matcher = new QualificationMatcher(catalogue, meanings, signals);
        List<QualificationMatcher.Ranked> ranked = matcher.rank(
                board,
                q -> !held.contains(q.crebo())
                        && (request.levels().isEmpty() || request.levels().contains(q.level()))
                        && (domains.isEmpty() || inDomains(q, domains)));
        // Score, then coverage fraction, then status, then crebo: the same input always gives the same order.
        ranked.sort(QualificationMatcher.RANKING);
        return LineageCards.of(ranked, catalogue, request.lineageSelection()).stream()
                .limit(request.effectiveLimit())
                .map(card -> matcher.match(card.scored(), board)
                        .asCardOf(card.shown(), card.content().qualification(), catalogue::qualification))
                .toList();
    }

    /**
     * The request with a held qualification that has no work processes or skills of its own (a catalogue entry,
     * often the newest code) replaced by its lineage's best-described code, whose work the holder learned too.
     */
    static MatchRequest withHeldContent(MatchRequest request, Catalogue catalogue) {
        return catalogue
                .qualification(request.qualification() == null ? "" : request.qualification())
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
