package nl.skillsmap.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.skillsmap.model.CoreTask;
import nl.skillsmap.model.Elective;
import nl.skillsmap.model.Languages;
import nl.skillsmap.model.Lineage;
import nl.skillsmap.model.Occupation;
import nl.skillsmap.model.Provenance;
import nl.skillsmap.model.Qualification;
import nl.skillsmap.model.Skill;
import nl.skillsmap.model.SkillRef;
import nl.skillsmap.model.WorkProcess;
import org.apache.lucene.document.Document;

/** Maps model records to Lucene documents through {@link IndexSchema}; the only place records become documents. */
public final class DocumentMapper {

    private DocumentMapper() {}

    /** The map stage of a build: every document of an enriched corpus, by type, each type in the corpus's order. */
    static MappedDocuments map(EnrichedCorpus enriched) {
        List<Document> documents = new ArrayList<>();
        enriched.qualifications()
                .forEach(q -> documents.add(qualification(q.qualification(), q.profile(), q.lineageNames())));
        enriched.workProcesses().forEach(wp -> documents.add(workProcess(wp)));
        enriched.corpus().electives().forEach(e -> documents.add(elective(e)));
        Map<String, List<String>> english = enriched.corpus().englishLabels();
        enriched.corpus().skills().forEach(s -> documents.add(withEnglishLabels(skill(s), english.get(s.uri()))));
        enriched.occupations()
                .forEach(o -> documents.add(withEnglishLabels(
                        occupation(o.occupation(), o.profile()),
                        english.get(o.occupation().uri()))));
        return MappedDocuments.of(documents);
    }

    /**
     * @param lineageNames names of the other codes of its lineage, given to the code its card shows, so that they
     *                     find it
     */
    public static Document qualification(Qualification q, QualificationProfile profile, List<String> lineageNames) {
        Document doc = new Document();
        IndexSchema.addIdentity(doc, DocType.QUALIFICATION, q.crebo());
        IndexSchema.addCrebo(doc, q.crebo());
        IndexSchema.addTitle(doc, q.name());
        if (q.dossier() != null && q.dossier().name() != null) {
            IndexSchema.addLabel(doc, q.dossier().name());
        }
        lineageNames.forEach(name -> IndexSchema.addLabel(doc, name));
        Lineage lineage = q.lineageOrAlone();
        IndexSchema.addStatus(doc, lineage.status().key());
        if (!lineage.id().equals(q.crebo())) {
            IndexSchema.addBesideCard(doc);
        }
        q.provenance().stream().map(Provenance::source).distinct().forEach(s -> IndexSchema.addSource(doc, s));
        String body = Stream.concat(
                        Stream.of(q.description()), q.coreTasks().stream().map(CoreTask::title))
                .filter(Objects::nonNull)
                .collect(Collectors.joining("\n"));
        if (!body.isBlank()) {
            IndexSchema.addText(doc, body);
        }
        addLevelAndDomain(doc, q.level(), q.domain());
        q.skills().stream().map(SkillRef::uri).distinct().forEach(uri -> IndexSchema.addSkillUri(doc, uri));
        IndexSchema.addCoverageBasis(doc, basisKey(q.coverageBasis()));
        if (q.coverageBasis() != Qualification.CoverageBasis.NONE) {
            // Catalogue-only entries are never ranked on their work; kept out, they do not skew the statistics.
            IndexSchema.addProfile(doc, profile.text());
        }
        IndexSchema.addJson(doc, StoredJson.write(q));
        return doc;
    }

    public static Document workProcess(IndexedWorkProcess indexed) {
        WorkProcess wp = indexed.workProcess();
        Document doc = new Document();
        IndexSchema.addIdentity(doc, DocType.WORK_PROCESS, wp.id());
        IndexSchema.addCrebo(doc, indexed.crebo());
        IndexSchema.addTitle(doc, wp.title());
        if (indexed.coreTaskTitle() != null) {
            IndexSchema.addLabel(doc, indexed.coreTaskTitle());
        }
        String body = Stream.of(wp.description(), wp.result(), wp.behaviour())
                .filter(Objects::nonNull)
                .collect(Collectors.joining("\n"));
        if (!body.isBlank()) {
            IndexSchema.addText(doc, body);
        }
        addLevelAndDomain(doc, indexed.level(), indexed.domain());
        IndexSchema.addWorkGroup(doc, indexed.group());
        IndexSchema.addSource(doc, wp.provenance().source());
        IndexSchema.addJson(doc, StoredJson.write(indexed));
        return doc;
    }

    public static Document skill(Skill skill) {
        Document doc = new Document();
        IndexSchema.addIdentity(doc, DocType.SKILL, skill.uri());
        IndexSchema.addTitle(doc, skill.label());
        skill.altLabels().forEach(l -> IndexSchema.addLabel(doc, l));
        skill.hiddenLabels().forEach(l -> IndexSchema.addLabel(doc, l));
        if (skill.description() != null && !skill.description().isBlank()) {
            IndexSchema.addText(doc, skill.description());
        }
        IndexSchema.addSource(doc, skill.provenance().source());
        IndexSchema.addJson(doc, StoredJson.write(skill));
        return doc;
    }

    /**
     * Adds the English labels of an ESCO concept shown in Dutch, for pointing English input to the Dutch label;
     * {@code labels} may be null (none known).
     */
    public static Document withEnglishLabels(Document doc, List<String> labels) {
        if (labels != null) {
            labels.forEach(label -> IndexSchema.addEnglishLabel(doc, label));
        }
        return doc;
    }

    /** @param profile the occupation's {@link #occupationProfile profile}, if it has one */
    public static Document occupation(Occupation occupation, Optional<String> profile) {
        Document doc = new Document();
        IndexSchema.addIdentity(doc, DocType.OCCUPATION, occupation.uri());
        IndexSchema.addTitle(doc, occupation.label());
        occupation.altLabels().forEach(l -> IndexSchema.addLabel(doc, l));
        occupation.hiddenLabels().forEach(l -> IndexSchema.addLabel(doc, l));
        Stream.of(Stream.of(occupation.label()), occupation.altLabels().stream(), occupation.hiddenLabels().stream())
                .flatMap(s -> s)
                .forEach(l -> IndexSchema.addLabelGrams(doc, l));
        if (occupation.description() != null && !occupation.description().isBlank()) {
            IndexSchema.addText(doc, occupation.description());
        }
        occupation.essentialSkills().forEach(uri -> IndexSchema.addSkillUri(doc, uri));
        profile.ifPresent(p -> IndexSchema.addOccupationProfile(doc, p));
        IndexSchema.addSource(doc, occupation.provenance().source());
        IndexSchema.addJson(doc, StoredJson.write(occupation));
        return doc;
    }

    /**
     * The text an occupation is ranked on as a whole: its labels, description and the labels of its essential
     * skills; only for an occupation with Dutch labels (the Dutch chain reads it), of its Dutch skills.
     */
    public static Optional<String> occupationProfile(Occupation occupation, Map<String, Skill> skills) {
        List<String> parts = new ArrayList<>();
        parts.add(occupation.label());
        parts.addAll(occupation.altLabels());
        parts.add(occupation.description());
        parts.addAll(QualificationProfile.dutchEssentialSkillLabels(occupation, skills));
        return dutchText(occupation.language(), parts);
    }

    /** What a Dutch skill says of itself (labels and description); empty for a skill known only in English. */
    public static Optional<String> skillText(Skill skill) {
        List<String> parts = new ArrayList<>(skill.altLabels());
        parts.addFirst(skill.label());
        parts.add(skill.description());
        return dutchText(skill.language(), parts);
    }

    /** The parts on lines of their own, nulls left out; empty unless the language is Dutch. */
    private static Optional<String> dutchText(String language, List<String> parts) {
        return Languages.isDutch(language)
                ? Optional.of(String.join(
                        "\n", parts.stream().filter(Objects::nonNull).toList()))
                : Optional.empty();
    }

    public static Document elective(Elective elective) {
        Document doc = new Document();
        IndexSchema.addIdentity(doc, DocType.ELECTIVE, elective.code());
        IndexSchema.addTitle(doc, elective.title() == null ? elective.code() : elective.title());
        IndexSchema.addLabel(doc, elective.code());
        elective.mentionedWith().forEach(crebo -> IndexSchema.addCrebo(doc, crebo));
        elective.provenance().stream().map(Provenance::source).distinct().forEach(s -> IndexSchema.addSource(doc, s));
        IndexSchema.addJson(doc, StoredJson.write(elective));
        return doc;
    }

    public static String basisKey(Qualification.CoverageBasis basis) {
        return switch (basis) {
            case WORK_PROCESSES -> "workProcesses";
            case SKILLS -> "skills";
            case NONE -> "none";
        };
    }

    private static void addLevelAndDomain(Document doc, Integer level, String domain) {
        if (level != null) {
            IndexSchema.addLevel(doc, level);
        }
        if (domain != null && !domain.isBlank()) {
            IndexSchema.addDomain(doc, domain.strip());
        }
    }
}
