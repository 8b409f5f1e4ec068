package nl.skillsmap.search.match;

import static nl.skillsmap.search.match.EvidenceBoard.Whole.OCCUPATION_PROFILE;
import static nl.skillsmap.search.match.EvidenceBoard.Whole.QUALIFICATION_MEANING;
import static nl.skillsmap.search.match.EvidenceBoard.Whole.QUALIFICATION_PROFILE;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import nl.skillsmap.index.IndexedWorkProcess;
import nl.skillsmap.model.Languages;
import nl.skillsmap.model.Occupation;
import nl.skillsmap.model.Qualification;
import nl.skillsmap.model.Skill;
import nl.skillsmap.model.SkillRef;
import nl.skillsmap.search.ValidationException;
import nl.skillsmap.search.catalogue.Catalogue;
import nl.skillsmap.search.related.RelatedOccupation;
import nl.skillsmap.search.related.RelatedOccupationsService;
import nl.skillsmap.search.suggest.OccupationRanking;
import org.apache.lucene.search.IndexSearcher;

/**
 * Turns each input of a request into evidence on an {@link EvidenceBoard} and says what it was understood as.
 * Every "thing the person does" is one numbered input (a phrase, a chosen item, each work process of a held
 * qualification, each essential skill of an occupation), so a qualification's score can sum, per input, the
 * strongest evidence it has. One resolver per request.
 */
final class InputResolver {

    private final IndexSearcher searcher;
    private final Catalogue catalogue;
    private final PhraseSearch phrases;
    private final ProfileSearch profiles;
    private final ProfileSearch occupationProfiles;
    private final MeaningSearch meanings;
    private final OccupationRanking jobTitles;
    private final RelatedOccupationsService relatedOccupations;
    private final EvidenceBoard board;
    /** Activity phrases resolved before, for this snapshot; null to resolve every phrase anew. */
    private final PhraseCache<ResolvedPhrase> cache;

    private final List<MatchResponse.Understood> understood = new ArrayList<>();
    private int inputs;

    InputResolver(
            IndexSearcher searcher,
            Catalogue catalogue,
            PhraseSearch phrases,
            ProfileSearch profiles,
            ProfileSearch occupationProfiles,
            MeaningSearch meanings,
            OccupationRanking jobTitles,
            RelatedOccupationsService relatedOccupations,
            PhraseCache<ResolvedPhrase> cache) {
        this.searcher = searcher;
        this.catalogue = catalogue;
        this.phrases = phrases;
        this.profiles = profiles;
        this.occupationProfiles = occupationProfiles;
        this.meanings = meanings;
        this.jobTitles = jobTitles;
        this.relatedOccupations = relatedOccupations;
        this.cache = cache;
        this.board = new EvidenceBoard(catalogue);
    }

    /**
     * What a request resolved to.
     *
     * @param heldCrebo      the qualification the person holds, if any: not offered back to them
     * @param heldOccupation the URI of the occupation the person has, if any: not offered back to them
     */
    record Resolved(
            EvidenceBoard board, List<MatchResponse.Understood> understood, String heldCrebo, String heldOccupation) {}

    /** Resolves a validated request; unknown ids are reported against their field. */
    Resolved resolve(MatchRequest request) {
        // Something given twice is one input: counting it twice would inflate every score it reaches.
        Set<String> phrases = new HashSet<>();
        List<String> activities = new ArrayList<>();
        List<String> namedJobs = new ArrayList<>();
        int reaching = 0;
        for (String phrase : request.activities()) {
            if (phrases.add(phrase.toLowerCase(Locale.ROOT))) {
                Optional<JobStatement> job = JobStatement.read(phrase, catalogue, searcher, jobTitles);
                String work = job.map(JobStatement::work).orElse(phrase);
                if (!work.isBlank()) {
                    activities.add(work);
                }
                if (activity(phrase, work, job)) {
                    reaching++;
                }
                job.ifPresent(j -> namedJobs.add(j.occupation().uri()));
            }
        }
        // With one phrase that reaches qualifications, the activities together would say only that phrase again.
        if (reaching > 1) {
            allActivities(activities);
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < request.workProcesses().size(); i++) {
            if (seen.add(request.workProcesses().get(i))) {
                chosenWorkProcess(
                        "workProcesses[" + i + "]", request.workProcesses().get(i));
            }
        }
        for (int i = 0; i < request.skills().size(); i++) {
            if (seen.add(request.skills().get(i))) {
                chosenSkill("skills[" + i + "]", request.skills().get(i));
            }
        }
        String heldCrebo = request.qualification() == null ? null : heldQualification(request.qualification());
        String heldOccupation = request.occupation() == null ? null : heldOccupation(request.occupation());
        if (heldOccupation == null && !namedJobs.isEmpty()) {
            // The job a person says they have is not a step to take either.
            heldOccupation = namedJobs.getFirst();
        }
        return new Resolved(board, List.copyOf(understood), heldCrebo, heldOccupation);
    }

    /**
     * What one activity phrase resolves to, which depends only on the phrase and the index snapshot (so it can be
     * kept for the next request that gives the same phrase): its place in the semantic space, the work processes
     * and skills it is the same work as, and the qualifications and occupations whose profile or meaning it
     * reaches. Immutable.
     */
    record ResolvedPhrase(
            Optional<float[]> vector,
            PhraseSearch.Resolution resolution,
            List<ProfileSearch.Hit> qualificationProfiles,
            List<MeaningSearch.Hit> qualificationMeanings,
            List<ProfileSearch.Hit> occupationProfiles) {

        ResolvedPhrase {
            // Many hits name the same few words: one list of each kept, so a phrase held takes less.
            Map<List<String>, List<String>> lists = new HashMap<>();
            resolution = new PhraseSearch.Resolution(
                    resolution.workProcesses().stream()
                            .map(h -> new PhraseSearch.Hit(
                                    h.id(), h.strength(), h.how(), shared(lists, h.matchedTerms())))
                            .toList(),
                    resolution.skills().stream()
                            .map(h -> new PhraseSearch.Hit(
                                    h.id(), h.strength(), h.how(), shared(lists, h.matchedTerms())))
                            .toList());
            qualificationProfiles = sharedWords(lists, qualificationProfiles);
            qualificationMeanings = List.copyOf(qualificationMeanings);
            occupationProfiles = sharedWords(lists, occupationProfiles);
        }

        private static List<String> shared(Map<List<String>, List<String>> lists, List<String> words) {
            return lists.computeIfAbsent(List.copyOf(words), w -> w);
        }

        private static List<ProfileSearch.Hit> sharedWords(
                Map<List<String>, List<String>> lists, List<ProfileSearch.Hit> hits) {
            return hits.stream()
                    .map(h -> new ProfileSearch.Hit(h.id(), h.strength(), shared(lists, h.words())))
                    .toList();
        }

        /**
         * An estimate of the heap it takes: the vector, each hit (a record and its place in a list) and each
         * distinct list of words (ids, labels and words are shared with the catalogue or the phrase itself).
         */
        long bytes() {
            long size = 200 + vector.map(v -> 16L + 4L * v.length).orElse(0L);
            size += 40L
                    * (resolution.workProcesses().size()
                            + resolution.skills().size()
                            + qualificationProfiles.size()
                            + qualificationMeanings.size()
                            + occupationProfiles.size());
            Set<List<String>> lists = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            resolution.workProcesses().forEach(h -> lists.add(h.matchedTerms()));
            resolution.skills().forEach(h -> lists.add(h.matchedTerms()));
            qualificationProfiles.forEach(h -> lists.add(h.words()));
            occupationProfiles.forEach(h -> lists.add(h.words()));
            for (List<String> words : lists) {
                size += 32 + 8L * words.size();
            }
            return size;
        }
    }

    /**
     * A cache of {@link ResolvedPhrase}s for one snapshot: a few thousand phrases, at most {@code maxBytes} (a
     * phrase takes a few kilobytes, tens for one that reaches hundreds of items).
     */
    static PhraseCache<ResolvedPhrase> cache(int maxEntries, long maxBytes) {
        return new PhraseCache<>(maxEntries, maxBytes, ResolvedPhrase::bytes);
    }

    /** Resolves one phrase as an activity, from nothing but the phrase and the snapshot. */
    ResolvedPhrase resolvePhrase(String phrase) {
        ProfileSearch.PhraseTerms terms = profiles.analyse(phrase);
        Optional<MeaningSearch.Place> place = meanings.vector(terms).map(meanings::place);
        PhraseSearch.Resolution resolution =
                phrases.resolve(searcher, catalogue, phrase, place, PhraseSearch.Source.TYPED);
        List<ProfileSearch.Hit> byProfile = profiles.search(searcher, terms, catalogue::idOf);
        List<MeaningSearch.Hit> byMeaning = place.map(meanings::search).orElse(List.of());
        List<ProfileSearch.Hit> occupations = occupationProfiles.search(searcher, terms, catalogue::idOf);
        return new ResolvedPhrase(
                place.map(MeaningSearch.Place::vector), resolution, byProfile, byMeaning, occupations);
    }

    /**
     * Resolves one activity; true when it reached any whole qualification (by its profile or its meaning).
     *
     * @param phrase the activity as typed, which evidence quotes
     * @param work   the words searched as work: the phrase, or what follows the lead-in of a job statement
     * @param job    the job the activity names as the person's, whose occupation's work then counts as done too
     */
    private boolean activity(String phrase, String work, Optional<JobStatement> job) {
        int input = inputs++;
        PhraseSearch.Resolution resolution = PhraseSearch.Resolution.NONE;
        boolean reached = false;
        if (!work.isBlank()) {
            ResolvedPhrase resolved = cache == null ? resolvePhrase(work) : cache.get(work, this::resolvePhrase);
            resolution = resolved.resolution();
            recordPhrase(phrase, input, resolution);
            reached = wholeQualifications(
                    phrase,
                    How.QUALIFICATION_PROFILE,
                    resolved.qualificationProfiles(),
                    resolved.vector(),
                    resolved.qualificationMeanings(),
                    input);
            for (ProfileSearch.Hit hit : resolved.occupationProfiles()) {
                board.matchWhole(
                        OCCUPATION_PROFILE,
                        hit.id(),
                        input,
                        new Evidence(phrase, How.OCCUPATION_PROFILE, hit.words(), hit.strength(), null));
            }
        }
        if (job.isEmpty()) {
            understood.add(new MatchResponse.Understood(
                    phrase,
                    InputKind.ACTIVITY,
                    understoodWorkProcesses(resolution.workProcesses()),
                    understoodSkills(resolution.skills()),
                    null));
            return reached;
        }
        Occupation occupation = job.get().occupation();
        OccupationWork done = occupationWork(occupation, phrase);
        Map<String, PhraseSearch.Hit> workProcesses = new LinkedHashMap<>();
        Stream.concat(resolution.workProcesses().stream(), done.workProcesses().stream())
                .forEach(h -> workProcesses.merge(h.id(), h, PhraseSearch::stronger));
        List<MatchResponse.UnderstoodSkill> skills = new ArrayList<>(understoodSkills(resolution.skills()));
        skills.addAll(done.skills());
        understood.add(new MatchResponse.Understood(
                phrase,
                InputKind.ACTIVITY,
                understoodWorkProcesses(strongestFirst(workProcesses.values())),
                skills,
                new MatchResponse.NamedOccupation(occupation.uri(), occupation.label())));
        return true;
    }

    /**
     * The activities together, as one more input ranked on whole qualifications only: each phrase weighs the same
     * on its own, while together the rarer words of the whole description weigh most, so a qualification that
     * says the person's work as a whole ("winkel", "kassa", "voorraad") outranks one that says each phrase a
     * little ({@link MatchPolicy#MIN_PROFILE_STRENGTH} applies as to any phrase).
     */
    private void allActivities(List<String> activities) {
        String phrase = String.join("; ", activities);
        together(phrase, How.QUALIFICATION_PROFILE, List.of(phrase));
    }

    /**
     * Texts read together as one more input on whole qualifications (the activities, an occupation's words, a held
     * qualification's work): its rarer words weigh most, so a qualification that says the work as a whole ranks.
     *
     * @param quoted what the evidence quotes
     * @param how    whose words the texts are
     */
    private void together(String quoted, How how, List<String> texts) {
        ProfileSearch.PhraseTerms terms = profiles.analyse(String.join("; ", texts));
        wholeQualifications(quoted, how, terms, meanings.vector(terms), inputs++);
    }

    /**
     * Evidence on whole qualifications: those whose profile says the phrase's words, and those close to it in
     * meaning (which of their words are closest is told when they are shown).
     */
    private boolean wholeQualifications(
            String phrase, How words, ProfileSearch.PhraseTerms terms, Optional<float[]> vector, int input) {
        return wholeQualifications(
                phrase,
                words,
                profiles.search(searcher, terms, catalogue::idOf),
                vector,
                vector.map(meanings::search).orElse(List.of()),
                input);
    }

    private boolean wholeQualifications(
            String phrase,
            How words,
            List<ProfileSearch.Hit> byProfile,
            Optional<float[]> vector,
            List<MeaningSearch.Hit> byMeaning,
            int input) {
        for (ProfileSearch.Hit hit : byProfile) {
            board.matchWhole(
                    QUALIFICATION_PROFILE,
                    hit.id(),
                    input,
                    new Evidence(phrase, words, hit.words(), hit.strength(), null));
        }
        vector.ifPresent(v -> board.meaningVector(input, v));
        for (MeaningSearch.Hit hit : byMeaning) {
            board.matchWhole(
                    QUALIFICATION_MEANING,
                    hit.crebo(),
                    input,
                    new Evidence(phrase, How.SIMILAR_MEANING, List.of(), hit.similarity(), null));
        }
        return !byProfile.isEmpty() || !byMeaning.isEmpty();
    }

    private void chosenWorkProcess(String field, String id) {
        IndexedWorkProcess wp = catalogue
                .workProcess(id)
                .orElseThrow(() -> new ValidationException(field, "unknown work process '" + id + "'"));
        board.matchWorkProcess(
                wp, inputs++, new Evidence(id, How.CHOSEN, List.of(), 1.0, null), How.SIMILAR_WORK_PROCESS);
        understood.add(new MatchResponse.Understood(
                id, InputKind.WORK_PROCESS, List.of(understood(wp, 1.0, How.CHOSEN)), List.of(), null));
    }

    private void chosenSkill(String field, String uri) {
        if (!catalogue.knowsSkill(uri)) {
            throw new ValidationException(field, "unknown skill '" + uri + "'");
        }
        board.matchSkill(uri, inputs++, new Evidence(uri, How.CHOSEN, List.of(), 1.0, null));
        understood.add(new MatchResponse.Understood(
                uri,
                InputKind.SKILL,
                List.of(),
                List.of(new MatchResponse.UnderstoodSkill(uri, catalogue.skillLabel(uri), 1.0, How.CHOSEN)),
                null));
    }

    /**
     * Every work process and skill of a held qualification counts as done, each as an input of its own; its work as
     * a whole is one more input on whole qualifications.
     */
    private String heldQualification(String crebo) {
        Qualification q = catalogue
                .qualification(crebo)
                .orElseThrow(() -> new ValidationException("qualification", "unknown qualification '" + crebo + "'"));
        List<MatchResponse.UnderstoodWorkProcess> wps = new ArrayList<>();
        for (IndexedWorkProcess wp : catalogue.workProcessesOf(crebo)) {
            board.matchWorkProcess(
                    wp,
                    inputs++,
                    new Evidence(crebo, How.HELD_QUALIFICATION, List.of(), 1.0, null),
                    How.HELD_QUALIFICATION);
            wps.add(understood(wp, 1.0, How.HELD_QUALIFICATION));
        }
        List<MatchResponse.UnderstoodSkill> skills = new ArrayList<>();
        for (SkillRef ref : q.skills().stream().filter(distinctBy()).toList()) {
            board.matchSkill(ref.uri(), inputs++, new Evidence(crebo, How.HELD_QUALIFICATION, List.of(), 1.0, null));
            skills.add(new MatchResponse.UnderstoodSkill(ref.uri(), ref.label(), 1.0, How.HELD_QUALIFICATION));
        }
        understood.add(new MatchResponse.Understood(crebo, InputKind.QUALIFICATION, wps, skills, null));
        // Its work as a whole, one more input on whole qualifications, as an occupation's words are: the titles of
        // its work processes (or its skills' labels) find the qualifications whose profile says that work and those
        // close to it in meaning, also where none of their work processes is one of its own (a nurse's neighbours
        // in care beside the ones that only list the same generic skills, "Samenwerken" or "Plannen").
        List<String> work = new ArrayList<>();
        wps.forEach(wp -> work.add(wp.title()));
        if (work.isEmpty()) {
            q.skills().stream()
                    .filter(distinctBy())
                    .map(catalogue::labelOf)
                    .filter(java.util.Objects::nonNull)
                    .forEach(work::add);
        }
        if (!work.isEmpty()) {
            together(crebo, How.QUALIFICATION_WORDS, work);
        }
        return q.crebo();
    }

    /**
     * An occupation's essential skills count as held; its labels and the Dutch labels of those skills are
     * searched as activities, so its work is found in qualifications too.
     */
    private String heldOccupation(String id) {
        Occupation o = catalogue
                .occupationByUriOrId(id)
                .orElseThrow(() -> new ValidationException("occupation", "unknown occupation '" + id + "'"));
        OccupationWork done = occupationWork(o, id);
        understood.add(new MatchResponse.Understood(
                id, InputKind.OCCUPATION, understoodWorkProcesses(done.workProcesses()), done.skills(), null));
        return o.uri();
    }

    /** The work an occupation's holder does, found from its labels and its essential skills. */
    private record OccupationWork(List<PhraseSearch.Hit> workProcesses, List<MatchResponse.UnderstoodSkill> skills) {}

    /**
     * Puts the work of an occupation on the board as done: its essential skills, together one input (a job is one
     * thing a person says, however many skills the taxonomy lists for it: with each skill an input of its own, a
     * generic job's dozens of skills outweighed what the rest of "ik werk als productiemedewerker in een chemische
     * fabriek" says), and the work processes its labels and its skills' Dutch labels resolve to (not those of its
     * knowledge, which it has rather than does); {@code input} is what evidence quotes.
     */
    private OccupationWork occupationWork(Occupation o, String input) {
        Map<String, PhraseSearch.Hit> found = new LinkedHashMap<>();
        int labelInput = inputs++;
        List<String> labels = new ArrayList<>();
        labels.add(o.label());
        o.altLabels().stream().limit(MatchPolicy.MAX_OCCUPATION_LABELS).forEach(labels::add);
        for (String label : labels) {
            PhraseSearch.Resolution resolution = phrases.resolve(
                    searcher, catalogue, label, meanings.textPlace(label), PhraseSearch.Source.JOB_NAME);
            recordPhrase(input, labelInput, resolution);
            resolution.workProcesses().forEach(h -> found.merge(h.id(), h, PhraseSearch::stronger));
        }
        List<MatchResponse.UnderstoodSkill> skills = new ArrayList<>();
        List<String> words = new ArrayList<>(labels);
        int skillInput = inputs++;
        for (String uri : o.essentialSkills().stream().distinct().toList()) {
            String label = catalogue.skillLabel(uri);
            board.matchSkill(uri, skillInput, new Evidence(input, How.SKILL, List.of(), 1.0, null));
            skills.add(new MatchResponse.UnderstoodSkill(uri, label, 1.0, How.SKILL));
            Optional<Skill> dutch = catalogue.skill(uri).filter(skill -> Languages.isDutch(skill.language()));
            if (dutch.isEmpty()) {
                continue;
            }
            words.add(label);
            // Knowing something is not doing the work it names: the knowledge of a bus driver's "mechanische
            // componenten van voertuigen" is not a technician's "Voert onderhoudswerkzaamheden uit aan componenten".
            if (!Skill.KNOWLEDGE.equals(dutch.get().kind())) {
                PhraseSearch.Resolution resolution = phrases.resolve(
                        searcher, catalogue, label, meanings.textPlace(label), PhraseSearch.Source.SKILL_LABEL);
                recordPhrase(input, skillInput, resolution);
                resolution.workProcesses().forEach(h -> found.merge(h.id(), h, PhraseSearch::stronger));
            }
        }
        kin(o, input, skillInput);
        // The occupation's words together, ranked on whole qualifications as several activities are: its work as a
        // whole finds the qualifications whose profile says it, where its skills' labels alone reach only the work
        // processes that repeat a label's words. Its evidence quotes what the person gave.
        together(input, How.OCCUPATION_WORDS, words);
        return new OccupationWork(strongestFirst(found.values()), skills);
    }

    /**
     * The occupations most akin to the person's job, as its related occupations rank them (the skills they share,
     * the rarer the more, their descriptions, labels and ISCO group), are evidence on them as a whole for the job's
     * input, the closest at strength 1: otherwise any occupation that needs one of the job's skills (a shelf
     * filler's food-hygiene rules: a linen-room worker, a porter) shares as much of the job as a shop assistant
     * who needs eight of them. The evidence names the shared skills, the most distinctive first.
     */
    private void kin(Occupation job, String input, int skillInput) {
        List<RelatedOccupation> kin = relatedOccupations
                .related(job.uri(), MatchPolicy.KIN_OCCUPATIONS)
                .orElse(List.of());
        if (kin.isEmpty() || kin.getFirst().score() <= 0) {
            return;
        }
        double closest = kin.getFirst().score();
        for (RelatedOccupation other : kin) {
            List<String> shared =
                    other.sharedSkills().stream().map(catalogue::skillLabel).toList();
            board.matchWhole(
                    OCCUPATION_PROFILE,
                    other.uri(),
                    skillInput,
                    new Evidence(input, How.RELATED_OCCUPATION, shared, other.score() / closest, null));
        }
    }

    private static List<PhraseSearch.Hit> strongestFirst(Collection<PhraseSearch.Hit> hits) {
        return hits.stream()
                .sorted(Comparator.comparingDouble(PhraseSearch.Hit::strength)
                        .reversed()
                        .thenComparing(PhraseSearch.Hit::id))
                .toList();
    }

    private void recordPhrase(String input, int number, PhraseSearch.Resolution resolution) {
        for (PhraseSearch.Hit hit : resolution.workProcesses()) {
            catalogue
                    .workProcess(hit.id())
                    .ifPresent(wp -> board.matchWorkProcess(
                            wp,
                            number,
                            new Evidence(input, hit.how(), hit.matchedTerms(), hit.strength(), null),
                            How.SIMILAR_WORK_PROCESS));
        }
        for (PhraseSearch.Hit hit : resolution.skills()) {
            board.matchSkill(
                    hit.id(), number, new Evidence(input, hit.how(), hit.matchedTerms(), hit.strength(), null));
        }
    }

    private List<MatchResponse.UnderstoodWorkProcess> understoodWorkProcesses(List<PhraseSearch.Hit> hits) {
        List<MatchResponse.UnderstoodWorkProcess> result = new ArrayList<>();
        for (PhraseSearch.Hit hit : hits) {
            if (result.size() == MatchPolicy.UNDERSTOOD_SHOWN) {
                break;
            }
            catalogue.workProcess(hit.id()).ifPresent(wp -> result.add(understood(wp, hit.strength(), hit.how())));
        }
        return result;
    }

    private List<MatchResponse.UnderstoodSkill> understoodSkills(List<PhraseSearch.Hit> hits) {
        return hits.stream()
                .limit(MatchPolicy.UNDERSTOOD_SHOWN)
                .map(h ->
                        new MatchResponse.UnderstoodSkill(h.id(), catalogue.skillLabel(h.id()), h.strength(), h.how()))
                .toList();
    }

    private static MatchResponse.UnderstoodWorkProcess understood(IndexedWorkProcess wp, double strength, How how) {
        return new MatchResponse.UnderstoodWorkProcess(
                wp.id(), wp.title(), wp.crebo(), wp.qualificationName(), strength, how);
    }

    private static Predicate<SkillRef> distinctBy() {
        Set<String> seen = new HashSet<>();
        return ref -> seen.add(ref.uri());
    }
}
