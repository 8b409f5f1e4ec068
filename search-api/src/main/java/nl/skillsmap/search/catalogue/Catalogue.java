package nl.skillsmap.search.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.skillsmap.index.DocType;
import nl.skillsmap.index.IndexSchema;
import nl.skillsmap.index.IndexedWorkProcess;
import nl.skillsmap.index.StoredJson;
import nl.skillsmap.model.Elective;
import nl.skillsmap.model.Languages;
import nl.skillsmap.model.Occupation;
import nl.skillsmap.model.Qualification;
import nl.skillsmap.model.Skill;
import nl.skillsmap.model.SkillRef;
import nl.skillsmap.model.WorkProcess;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;

/**
 * Every qualification, work process, elective, skill and occupation of one index generation, read once from the
 * stored JSON, with the lookups the services need (by crebo, by equivalence group, who needs a skill). The whole
 * structure is a few thousand records, so holding it beats fetching stored fields per request. Immutable.
 */
public final class Catalogue {

    private static final Set<String> STORED = Set.of(IndexSchema.ID, IndexSchema.TYPE, IndexSchema.JSON);
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** By crebo, iterated in crebo order and looked up by hash. */
    private final Map<String, Qualification> qualifications;

    /** Crebo -> what its coverage is counted in and the ids of those parts, made once per index. */
    private final Map<String, CoverageParts> coverageParts;
    /** Coverage part (work-process id or skill URI) -> the qualifications counted by it, in crebo order. */
    private final Map<String, List<CoveredBy>> coveredByWorkProcess;

    private final Map<String, List<CoveredBy>> coveredBySkill;

    private final Map<String, IndexedWorkProcess> workProcesses;
    private final Map<String, List<IndexedWorkProcess>> workProcessesByCrebo;
    private final Map<String, List<IndexedWorkProcess>> groups;
    private final Map<String, WorkProcessText> workProcessTexts;
    private final Map<String, Elective> electives;
    private final Map<String, List<Elective>> electivesByCrebo;
    private final Map<String, Skill> skills;
    /** By URI, iterated in URI order and looked up by hash. */
    private final Map<String, Occupation> occupations;

    private final Map<String, String> occupationUriById;
    private final Map<String, List<EssentialFor>> occupationsByEssentialSkill;
    private final Map<String, List<String>> occupationsByLabel;
    /** Keyed by this catalogue's own occupation records: each one's essential skills with their labels. */
    private final Map<Occupation, List<LabelledSkill>> essentialSkills;

    /**
     * How many other occupations' labels must use a one-word label as one of their words for it to name a kind of
     * work rather than a job ({@link #generalWords}). On all 328 MELO job titles said as jobs ("Ik werk als " + the
     * title, `bin/evaluate`'s job-statement row) 65.6 % now name an occupation and 43.0 % the right one (0.656 of
     * those named), against 74.1 % and 43.3 % (0.584) without the rule. The value was chosen on the 218 titles the
     * relevance regression test does not record: every value from 50 to 100 named 143 of them, 95 rightly, against
     * 157 and 96 without the rule, the one lost being "Directeur van een grote organisatie" ("directeur" is used by
     * 100 other occupations' labels). Lower values did better still on those titles (30: 140 and 95) only because
     * they, nearly all of several words, never name a common job by a word that many labels use, which such values
     * silence: "productiemedewerker" (used by 36 others), "machinist" (24), "schoonmaker" (9). 50, the lowest of the
     * plateau, silences "manager", "medewerker", "operator", "ingenieur", "bediener", "monteur" (in ESCO's Dutch
     * also a film editor's label), "directeur", "directrice" and "chef".
     */
    static final int GENERAL_WORD_OCCUPATIONS = 50;

    private final Map<String, List<String>> qualificationsBySkill;
    private final Map<String, SkillRef> qualificationSkills;
    private final Map<String, AnalysedText> qualificationSkillLabels;
    private final Map<String, SkillLabels> dutchSkillLabels;
    private final Map<String, List<String>> qualificationSkillsByTerm;
    private final String[] idByDoc;
    /** The texts of the work process each doc id holds (null for other documents), for matching a search's hits. */
    private final WorkProcessText[] textByDoc;

    private final int qualificationsWithSkills;

    private Catalogue(
            Map<String, Qualification> qualifications,
            Map<String, IndexedWorkProcess> workProcesses,
            List<Elective> electives,
            Map<String, Skill> skills,
            Map<String, Occupation> occupations,
            String[] idByDoc,
            WordAnalysis words) {
        this.qualifications = new LinkedHashMap<>(qualifications);
        this.workProcesses = workProcesses;
        this.skills = skills;
        this.occupations = new LinkedHashMap<>(occupations);
        this.coverageParts = new HashMap<>();
        this.coveredByWorkProcess = new HashMap<>();
        this.coveredBySkill = new HashMap<>();
        for (Qualification q : qualifications.values()) {
            CoverageParts parts = partsOf(q);
            coverageParts.put(q.crebo(), parts);
            Map<String, List<CoveredBy>> coveredBy =
                    parts.basis() == Qualification.CoverageBasis.SKILLS ? coveredBySkill : coveredByWorkProcess;
            Map<String, Integer> times = new LinkedHashMap<>();
            parts.ids().forEach(id -> times.merge(id, 1, Integer::sum));
            times.forEach((id, n) ->
                    coveredBy.computeIfAbsent(id, k -> new ArrayList<>()).add(new CoveredBy(q, n)));
        }
        this.idByDoc = idByDoc;

        this.dutchSkillLabels = new HashMap<>();
        for (Skill skill : skills.values()) {
            if (Languages.isDutch(skill.language())) {
                List<AnalysedText> others = Stream.concat(skill.altLabels().stream(), skill.hiddenLabels().stream())
                        .map(words::document)
                        .toList();
                dutchSkillLabels.put(skill.uri(), new SkillLabels(words.document(skill.label()), others));
            }
        }

        this.workProcessesByCrebo = new HashMap<>();
        this.groups = new TreeMap<>();
        this.workProcessTexts = new HashMap<>();
        for (Qualification q : qualifications.values()) {
            List<IndexedWorkProcess> own = new ArrayList<>();
            q.workProcesses()
                    .map(WorkProcess::id)
                    .map(workProcesses::get)
                    .filter(Objects::nonNull)
                    .forEach(own::add);
            if (!own.isEmpty()) {
                workProcessesByCrebo.put(q.crebo(), List.copyOf(own));
            }
        }
        for (IndexedWorkProcess wp : workProcesses.values()) {
            if (wp.group() != null) {
                groups.computeIfAbsent(wp.group(), g -> new ArrayList<>()).add(wp);
            }
            String body = Stream.of(
                            wp.workProcess().description(),
                            wp.workProcess().result(),
                            wp.workProcess().behaviour())
                    .filter(Objects::nonNull)
                    .collect(Collectors.joining("\n"));
            workProcessTexts.put(
                    wp.id(),
                    new WorkProcessText(
                            words.document(wp.title()), words.document(wp.coreTaskTitle()), words.document(body)));
        }
        this.textByDoc = new WorkProcessText[idByDoc.length];
        for (int doc = 0; doc < idByDoc.length; doc++) {
            textByDoc[doc] = idByDoc[doc] == null ? null : workProcessTexts.get(idByDoc[doc]);
        }
        groups.replaceAll((g, members) -> members.stream()
                .sorted(Comparator.comparing(IndexedWorkProcess::id))
                .toList());

        this.electives = new TreeMap<>();
        this.electivesByCrebo = new HashMap<>();
        for (Elective e : electives) {
            this.electives.put(e.code(), e);
            for (String crebo : e.mentionedWith()) {
                electivesByCrebo.computeIfAbsent(crebo, c -> new ArrayList<>()).add(e);
            }
        }

        this.occupationUriById = new HashMap<>();
        this.occupationsByEssentialSkill = new HashMap<>();
        this.occupationsByLabel = byLabel(occupations.values());
        occupationsByLabel.keySet().removeAll(generalWords(occupationsByLabel, GENERAL_WORD_OCCUPATIONS));
        for (Occupation o : occupations.values()) {
            occupationUriById.put(lastSegment(o.uri()), o.uri());
            Map<String, Integer> times = new TreeMap<>();
            o.essentialSkills().forEach(skill -> times.merge(skill, 1, Integer::sum));
            times.forEach((skill, n) -> occupationsByEssentialSkill
                    .computeIfAbsent(skill, s -> new ArrayList<>())
                    .add(new EssentialFor(o, n)));
        }

        this.qualificationsWithSkills = (int) qualifications.values().stream()
                .filter(q -> !q.skills().isEmpty())
                .count();
        this.qualificationsBySkill = new HashMap<>();
        this.qualificationSkills = new TreeMap<>();
        this.qualificationSkillLabels = new HashMap<>();
        this.qualificationSkillsByTerm = new HashMap<>();
        for (Qualification q : qualifications.values()) {
            for (SkillRef ref : q.skills()) {
                List<String> crebos = qualificationsBySkill.computeIfAbsent(ref.uri(), s -> new ArrayList<>());
                if (crebos.isEmpty() || !crebos.getLast().equals(q.crebo())) {
                    crebos.add(q.crebo());
                }
                if (ref.label() != null && qualificationSkills.putIfAbsent(ref.uri(), ref) == null) {
                    AnalysedText label = words.document(ref.label());
                    qualificationSkillLabels.put(ref.uri(), label);
                    for (String term : label.terms()) {
                        qualificationSkillsByTerm
                                .computeIfAbsent(term, t -> new ArrayList<>())
                                .add(ref.uri());
                    }
                }
            }
        }
        // After the qualifications' skills, whose labels name the skills that have no record.
        this.essentialSkills = new IdentityHashMap<>(occupations.size());
        for (Occupation o : occupations.values()) {
            essentialSkills.put(o, labelled(o));
        }
    }

    /** Reads every stored record of the reader; the reader's doc ids stay valid for {@link #idOf(int)}. */
    public static Catalogue load(IndexReader reader, WordAnalysis words) {
        Map<String, Qualification> qualifications = new TreeMap<>();
        Map<String, IndexedWorkProcess> workProcesses = new LinkedHashMap<>();
        List<Elective> electives = new ArrayList<>();
        Map<String, Skill> skills = new HashMap<>();
        Map<String, Occupation> occupations = new TreeMap<>();
        String[] idByDoc = new String[reader.maxDoc()];
        try {
            for (LeafReaderContext leaf : reader.leaves()) {
                LeafReader leafReader = leaf.reader();
                StoredFields stored = leafReader.storedFields();
                Bits live = leafReader.getLiveDocs();
                for (int doc = 0; doc < leafReader.maxDoc(); doc++) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    Document d = stored.document(doc, STORED);
                    String id = d.get(IndexSchema.ID);
                    idByDoc[leaf.docBase + doc] = id;
                    byte[] json = d.getBinaryValue(IndexSchema.JSON).bytes;
                    switch (DocType.ofKey(d.get(IndexSchema.TYPE))
                            .orElseThrow(() -> new IllegalStateException(
                                    "document " + id + " has unknown type " + d.get(IndexSchema.TYPE)))) {
                        case QUALIFICATION -> qualifications.put(id, StoredJson.read(json, Qualification.class));
                        case WORK_PROCESS -> workProcesses.put(id, StoredJson.read(json, IndexedWorkProcess.class));
                        case ELECTIVE -> electives.add(StoredJson.read(json, Elective.class));
                        case SKILL -> skills.put(id, StoredJson.read(json, Skill.class));
                        case OCCUPATION -> occupations.put(id, StoredJson.read(json, Occupation.class));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the stored records of the index", e);
        }
        electives.sort(Comparator.comparing(Elective::code));
        return new Catalogue(qualifications, workProcesses, electives, skills, occupations, idByDoc, words);
    }

    /** The id stored with a document of the reader this catalogue was loaded from. */
    public String idOf(int doc) {
        return idByDoc[doc];
    }

    /** All qualifications by crebo, in crebo order. */
    public Collection<Qualification> qualifications() {
        return qualifications.values();
    }

    public Optional<Qualification> qualification(String crebo) {
        return Optional.ofNullable(qualifications.get(crebo));
    }

    /**
     * What a qualification's coverage is counted in, and the ids of those parts in order: its work processes, or
     * for one known only by skills its distinct skill URIs.
     */
    public record CoverageParts(Qualification qualification, Qualification.CoverageBasis basis, List<String> ids) {}

    /**
     * The qualification of a crebo with its coverage parts, made once per index: ranking reads both for every
     * qualification the evidence touches, by one look-up.
     */
    public Optional<CoverageParts> coverageParts(String crebo) {
        return Optional.ofNullable(coverageParts.get(crebo));
    }

    /**
     * A qualification whose coverage is counted by a part.
     *
     * @param times how many times its coverage parts name the part (once, unless the source repeats it)
     */
    public record CoveredBy(Qualification qualification, int times) {}

    /**
     * The qualifications counted by their work processes of which this work process is a coverage part (as
     * {@link #coverageParts} names it), in crebo order: from the work a person shares to the qualifications it
     * counts for, without visiting every qualification's parts.
     */
    public List<CoveredBy> coveredByWorkProcess(String id) {
        return coveredByWorkProcess.getOrDefault(id, List.of());
    }

    /** As {@link #coveredByWorkProcess}, for the qualifications counted by their skills. */
    public List<CoveredBy> coveredBySkill(String uri) {
        return coveredBySkill.getOrDefault(uri, List.of());
    }

    private static CoverageParts partsOf(Qualification q) {
        Qualification.CoverageBasis basis = q.coverageBasis();
        return new CoverageParts(
                q,
                basis,
                switch (basis) {
                    case WORK_PROCESSES ->
                        q.workProcesses().map(WorkProcess::id).toList();
                    case SKILLS ->
                        q.skills().stream().map(SkillRef::uri).distinct().toList();
                    case NONE -> List.of();
                });
    }

    public Optional<IndexedWorkProcess> workProcess(String id) {
        return Optional.ofNullable(workProcesses.get(id));
    }

    /** All work processes, grouped by qualification in crebo order and within it in core-task order. */
    public Collection<IndexedWorkProcess> workProcesses() {
        return workProcesses.values();
    }

    /** The work processes of a qualification in core-task order; empty when it has none. */
    public List<IndexedWorkProcess> workProcessesOf(String crebo) {
        return workProcessesByCrebo.getOrDefault(crebo, List.of());
    }

    /** The members of an equivalence group, in id order. */
    public List<IndexedWorkProcess> group(String group) {
        return groups.getOrDefault(group, List.of());
    }

    /** Every equivalence group by id. */
    public Map<String, List<IndexedWorkProcess>> groups() {
        return groups;
    }

    /** The texts of the work process a doc id of the reader holds; null when it holds none. */
    public WorkProcessText textOfDoc(int doc) {
        return textByDoc[doc];
    }

    public WorkProcessText text(String workProcessId) {
        return workProcessTexts.get(workProcessId);
    }

    /**
     * The electives offered with a qualification: those it names itself and those whose elective record mentions
     * it, by code. An elective named only by the qualification has no record and so an unknown certificate.
     */
    public List<Elective> electivesOf(Qualification q) {
        Map<String, Elective> result = new TreeMap<>();
        for (Elective e : electivesByCrebo.getOrDefault(q.crebo(), List.of())) {
            result.put(e.code(), e);
        }
        for (Qualification.ElectiveRef ref : q.electives()) {
            result.computeIfAbsent(
                    ref.code(),
                    code -> Optional.ofNullable(electives.get(code))
                            .orElseGet(() -> new Elective(code, ref.title(), null, List.of(q.crebo()), List.of())));
        }
        return List.copyOf(result.values());
    }

    public Optional<Skill> skill(String uri) {
        return Optional.ofNullable(skills.get(uri));
    }

    /** A skill's label: the ESCO record's, else the label a qualification gives it; null when unknown. */
    public String skillLabel(String uri) {
        Skill skill = skills.get(uri);
        if (skill != null) {
            return skill.label();
        }
        SkillRef ref = qualificationSkills.get(uri);
        return ref == null ? null : ref.label();
    }

    /** The label a qualification gives a skill it lists, else {@link #skillLabel(String)}. */
    public String labelOf(SkillRef ref) {
        return ref.label() != null ? ref.label() : skillLabel(ref.uri());
    }

    /** Whether the index knows this skill, as a skill record or as a skill a qualification lists. */
    public boolean knowsSkill(String uri) {
        return skills.containsKey(uri) || qualificationsBySkill.containsKey(uri);
    }

    /** Every occupation, ordered by URI. */
    public Collection<Occupation> occupations() {
        return Collections.unmodifiableCollection(occupations.values());
    }

    public Optional<Occupation> occupation(String uri) {
        return Optional.ofNullable(occupations.get(uri));
    }

    /** An occupation by its full URI or by the last segment of it (the ESCO UUID). */
    public Optional<Occupation> occupationByUriOrId(String uriOrId) {
        Occupation byUri = occupations.get(uriOrId);
        if (byUri != null) {
            return Optional.of(byUri);
        }
        return Optional.ofNullable(occupationUriById.get(uriOrId)).map(occupations::get);
    }

    /**
     * URIs of the occupations one of whose Dutch labels (preferred or alternative) is this text, compared as
     * {@link #labelKey(String)}: the occupations whose preferred label it is first, then in URI order. A one-word
     * label too general to name a job ({@link #generalWords}: "medewerker", "monteur") names none.
     */
    public List<String> occupationsLabelled(String text) {
        return occupationsByLabel.getOrDefault(labelKey(text), List.of());
    }

    /**
     * The occupations each Dutch label names, the label read as {@link #labelKey(String)}: those whose preferred
     * label it is before those that use it as an alternative ("magazijnmedewerker" is one occupation's name and two
     * others' alternative label).
     */
    static Map<String, List<String>> byLabel(Collection<Occupation> occupations) {
        Map<String, List<String>> byLabel = new HashMap<>();
        for (boolean preferred : new boolean[] {true, false}) {
            for (Occupation o : occupations) {
                if (!Languages.isDutch(o.language())) {
                    continue;
                }
                for (String label : preferred ? List.of(o.label()) : o.altLabels()) {
                    List<String> named = byLabel.computeIfAbsent(labelKey(label), k -> new ArrayList<>());
                    if (!named.contains(o.uri())) {
                        named.add(o.uri());
                    }
                }
            }
        }
        byLabel.remove("");
        return byLabel;
    }

    /**
     * One-word labels that name a kind of work more than a job: the word is used in the labels ({@link #byLabel}) of
     * at least {@code others} other occupations ({@link #GENERAL_WORD_OCCUPATIONS}: "medewerker", "operator",
     * "monteur"). ESCO gives some of them to a single occupation as an alternative label ("medewerker" for a beverage
     * filtration technician), so "Ik werk als pedagogisch medewerker" would name that occupation.
     */
    static Set<String> generalWords(Map<String, List<String>> byLabel, int others) {
        Map<String, Set<String>> occupationsUsing = new HashMap<>();
        byLabel.forEach((label, named) -> {
            for (String word : label.split(" ")) {
                occupationsUsing.computeIfAbsent(word, w -> new HashSet<>()).addAll(named);
            }
        });
        Set<String> general = new HashSet<>();
        byLabel.forEach((label, named) -> {
            if (label.indexOf(' ') < 0) {
                Set<String> using = new HashSet<>(occupationsUsing.get(label));
                named.forEach(using::remove);
                if (using.size() >= others) {
                    general.add(label);
                }
            }
        });
        return general;
    }

    /**
     * A label as looked up: lower case, its words (letters and digits) separated by single spaces, so "Kassière",
     * " kassière " and "kassière." are one label.
     */
    public static String labelKey(String text) {
        return String.join(" ", WORDS.split(text.toLowerCase(Locale.ROOT).strip()))
                .strip();
    }

    /**
     * An occupation for which a skill is essential.
     *
     * @param times how many times the occupation's essential skills name the skill (once, unless the source
     *              repeats it)
     */
    public record EssentialFor(Occupation occupation, int times) {}

    /** A skill with its label ({@link #skillLabel}); the label is null when unknown. */
    public record LabelledSkill(String uri, String label) {}

    /**
     * An occupation's essential skills in its order (repeats kept), each with its label: a match shows them for
     * every occupation it ranks, so the labels of this catalogue's occupations are looked up once, when loaded.
     */
    public List<LabelledSkill> essentialSkills(Occupation o) {
        List<LabelledSkill> labelled = essentialSkills.get(o);
        return labelled != null ? labelled : labelled(o);
    }

    private List<LabelledSkill> labelled(Occupation o) {
        return o.essentialSkills().stream()
                .map(uri -> new LabelledSkill(uri, skillLabel(uri)))
                .toList();
    }

    /** The occupations for which a skill is essential, in URI order. */
    public List<EssentialFor> occupationsNeeding(String skillUri) {
        return occupationsByEssentialSkill.getOrDefault(skillUri, List.of());
    }

    /** Crebos of the qualifications that list a skill, in crebo order. */
    public List<String> qualificationsListing(String skillUri) {
        return qualificationsBySkill.getOrDefault(skillUri, List.of());
    }

    /**
     * How much a skill tells qualifications apart, 0..1: the inverse document frequency of the skill over the
     * qualifications that list skills, scaled so a skill only one lists is 1 and one all list is 0
     * ("Samenwerken" says nothing about which qualification fits, "Voorraad- en magazijnbeheer" a lot).
     */
    public double skillDistinctiveness(String uri) {
        int listing = qualificationsListing(uri).size();
        if (listing == 0 || qualificationsWithSkills <= 1) {
            return 1.0;
        }
        return Math.log((double) qualificationsWithSkills / listing) / Math.log(qualificationsWithSkills);
    }

    /** A taxonomy skill's preferred label and its other (alternative, hidden) labels, read into words. */
    public record SkillLabels(AnalysedText label, List<AnalysedText> others) {}

    /**
     * The labels of a skill known in Dutch, read into words when the catalogue was loaded (so matching a phrase
     * against them costs no analysis per request); empty for a skill known only in another language.
     */
    public Optional<SkillLabels> dutchSkillLabels(String uri) {
        return Optional.ofNullable(dutchSkillLabels.get(uri));
    }

    /** The label of a skill some qualification lists, read into words; empty when it has no label. */
    public AnalysedText qualificationSkillLabel(String uri) {
        return qualificationSkillLabels.getOrDefault(uri, AnalysedText.EMPTY);
    }

    /** URIs of qualification skills whose label holds any of the terms, in URI order. */
    public Set<String> qualificationSkillsWithAny(Collection<String> terms) {
        Set<String> result = new TreeSet<>();
        for (String term : terms) {
            result.addAll(qualificationSkillsByTerm.getOrDefault(term, List.of()));
        }
        return result;
    }

    /** The last path segment of a URI: the id ESCO gives an occupation. */
    public static String lastSegment(String uri) {
        int slash = uri.lastIndexOf('/');
        return slash < 0 ? uri : uri.substring(slash + 1);
    }
}
