package nl.skillsmap.source.sbb;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.skillsmap.model.Certificate;
import nl.skillsmap.model.CoreTask;
import nl.skillsmap.model.Crebo;
import nl.skillsmap.model.Part;
import nl.skillsmap.model.Provenance;
import nl.skillsmap.model.Qualification;
import nl.skillsmap.model.QualificationFile;
import nl.skillsmap.source.sbb.DossierCoreTask.DossierWorkProcess;
import nl.skillsmap.source.sbb.SbbDossier.KnowledgeItem;

/**
 * Maps one {@code <dossier>} element of an SBB export to its qualifications.
 *
 * <p>The export stores no codes; they follow from the chapter numbers ({@code @hoofdstuk}) as SBB prints them:
 * basis kerntaak {@code B1-K<k>}, its werkproces {@code B1-K<k>-W<w>}; profiel kerntaak {@code P<p>-K<k>}, its
 * werkproces {@code P<p>-K<k>-W<w>}. Every profiel gets all basis kerntaken plus its own. Anything a code, an id or
 * a reference depends on is required; its absence is an error naming the element's line.
 */
final class SbbDossierMapper {

    private static final Pattern BULLET = Pattern.compile("^[-\u2022*\u00B7]\\s*");

    private final ElementChecks checks;
    private final Provenance provenance;
    private final SbbReferenceLists lists;

    SbbDossierMapper(Path file, Provenance provenance, SbbReferenceLists lists) {
        this.checks = new ElementChecks(file);
        this.provenance = provenance;
        this.lists = lists;
    }

    SbbDossier map(XmlElement dossier) {
        XmlElement dossierCrebo = checks.required(dossier, "dossiercrebos/dossiercrebo");
        QualificationFile qualificationFile = new QualificationFile(crebo(dossierCrebo), checks.title(dossier));
        String domain = domain(dossier);
        String sectorChamber = sectorChamber(dossier);
        Map<String, String> knowledge = knowledgeItems(dossier);

        List<XmlElement> profiles = dossier.all("profielen/profiel");
        if (profiles.isEmpty()) {
            throw checks.error(dossier, ElementChecks.describe(dossier) + " has no profielen/profiel");
        }
        Set<String> profileNrs = profileNrs(profiles);
        List<DossierCoreTask> basis = coreTasks(
                dossier.all("basis/basistaken/basiskerntaken/kerntaak"),
                "basiswerkprocessen/werkproces",
                knowledge,
                profileNrs);

        List<Qualification> qualifications = new ArrayList<>();
        Map<String, XmlElement> creboElements = new HashMap<>();
        for (XmlElement profile : profiles) {
            String profileNr = checks.requiredAttribute(profile, "nr");
            String name = checks.title(profile);
            int level = level(profile);
            String description = SbbText.plain(textOf(profile.first("omschrijving/typeringvanhetberoep")));
            List<Certificate> certificates = certificates(profile.first("omschrijving/certificaten"));
            List<DossierCoreTask> own = coreTasks(
                    profile.all("profielkerntaken/kerntaak"), "profielwerkprocessen/werkproces", knowledge, profileNrs);
            String profilePrefix = "P" + chapter(profile);
            for (String crebo : crebos(profile, creboElements)) {
                List<CoreTask> coreTasks = new ArrayList<>();
                basis.forEach(task -> coreTasks.add(task.resolve("B1", Part.BASIS, profileNr, crebo, provenance)));
                own.forEach(
                        task -> coreTasks.add(task.resolve(profilePrefix, Part.PROFILE, profileNr, crebo, provenance)));
                qualifications.add(new Qualification(
                        crebo,
                        name,
                        level,
                        qualificationFile,
                        domain,
                        sectorChamber,
                        List.of(),
                        description,
                        coreTasks,
                        List.of(),
                        List.of(),
                        certificates,
                        List.of(provenance)));
            }
        }
        List<KnowledgeItem> items = knowledge.entrySet().stream()
                .map(item -> new KnowledgeItem(item.getKey(), item.getValue()))
                .toList();
        return new SbbDossier(qualificationFile, items, qualifications);
    }

    /** The profiel's crebos (usually one); a crebo already given to another profiel is an error. */
    private List<String> crebos(XmlElement profile, Map<String, XmlElement> creboElements) {
        List<XmlElement> elements = profile.all("creboinformatie/crebo");
        if (elements.isEmpty()) {
            throw checks.error(profile, ElementChecks.describe(profile) + " has no creboinformatie/crebo");
        }
        List<String> crebos = new ArrayList<>(elements.size());
        for (XmlElement element : elements) {
            String crebo = crebo(element);
            XmlElement earlier = creboElements.putIfAbsent(crebo, element);
            if (earlier != null) {
                throw checks.error(
                        element,
                        "crebo " + crebo + " is given to a second profiel (first on line " + earlier.line() + ")");
            }
            crebos.add(crebo);
        }
        return crebos;
    }

    private String domain(XmlElement dossier) {
        String reference = dossier.attribute("referentiedomein");
        if (reference == null
                || reference.isBlank()
                || lists.unassignedDomains().contains(reference)) {
            return null;
        }
        String domain = lists.domains().get(reference);
        if (domain == null) {
            throw checks.error(
                    dossier,
                    ElementChecks.describe(dossier) + " refers to domein " + reference
                            + ", which the <domeinen> before <dossiers> do not declare");
        }
        return domain;
    }

    private String sectorChamber(XmlElement dossier) {
        XmlElement chamber = dossier.first("voorblad/omschrijving/penvoerder/sectorkamer");
        String reference = chamber == null ? null : chamber.attribute("referentie");
        if (reference == null || reference.isBlank()) {
            return null;
        }
        String title = lists.sectorChambers().get(reference);
        if (title == null) {
            throw checks.error(
                    chamber,
                    "<sectorkamer> refers to sectorkamer " + reference
                            + ", which the <sectorkamers> before <dossiers> do not declare");
        }
        return title;
    }

    /** The dossier's kennisofvaardigheid items: title by nr, in document order. */
    private Map<String, String> knowledgeItems(XmlElement dossier) {
        Map<String, String> items = new LinkedHashMap<>();
        for (XmlElement item : dossier.all("kennisenvaardigheden/kennisofvaardigheid")) {
            String nr = checks.requiredAttribute(item, "nr");
            if (items.putIfAbsent(nr, checks.title(item)) != null) {
                throw checks.error(item, "a second <kennisofvaardigheid> with nr " + nr);
            }
        }
        return items;
    }

    private Set<String> profileNrs(List<XmlElement> profiles) {
        Map<String, XmlElement> byNr = new HashMap<>();
        Map<Integer, XmlElement> byChapter = new HashMap<>();
        for (XmlElement profile : profiles) {
            String nr = checks.requiredAttribute(profile, "nr");
            XmlElement earlier = byNr.putIfAbsent(nr, profile);
            if (earlier != null) {
                throw checks.error(
                        profile, "a second <profiel> with nr " + nr + " (the first is on line " + earlier.line() + ")");
            }
            requireUniqueChapter(byChapter, profile, "profiel");
        }
        return Set.copyOf(byNr.keySet());
    }

    private List<DossierCoreTask> coreTasks(
            List<XmlElement> coreTasks, String workProcessPath, Map<String, String> knowledge, Set<String> profileNrs) {
        List<DossierCoreTask> tasks = new ArrayList<>();
        Map<Integer, XmlElement> byChapter = new HashMap<>();
        for (XmlElement coreTask : coreTasks) {
            int chapter = requireUniqueChapter(byChapter, coreTask, "kerntaak");
            List<String> shared =
                    knowledgeTitles(coreTask.all("vakkennisenvaardigheden/vakkennisenvaardigheden"), knowledge);
            Map<String, List<String>> additional = new HashMap<>();
            for (XmlElement addition :
                    coreTask.all("vakkennisenvaardigheden/vakkennisenvaardighedenperprofiel/aanvullend")) {
                additional
                        .computeIfAbsent(profileReference(addition, profileNrs), nr -> new ArrayList<>())
                        .addAll(knowledgeTitles(
                                addition.all("vakkennisenvaardighedenonderdelen/vakkennisenvaardigheden"), knowledge));
            }
            tasks.add(new DossierCoreTask(
                    chapter,
                    checks.title(coreTask),
                    shared,
                    additional,
                    workProcesses(coreTask.all(workProcessPath), profileNrs)));
        }
        tasks.sort(Comparator.comparingInt(DossierCoreTask::chapter));
        return tasks;
    }

    private List<DossierWorkProcess> workProcesses(List<XmlElement> elements, Set<String> profileNrs) {
        List<DossierWorkProcess> workProcesses = new ArrayList<>();
        Map<Integer, XmlElement> byChapter = new HashMap<>();
        for (XmlElement workProcess : elements) {
            int chapter = requireUniqueChapter(byChapter, workProcess, "werkproces");
            workProcesses.add(new DossierWorkProcess(
                    chapter,
                    checks.title(workProcess),
                    profiledText(workProcess, "werkprocesomschrijving", profileNrs),
                    profiledText(workProcess, "werkprocesresultaat", profileNrs),
                    profiledText(workProcess, "werkprocesgedrag", profileNrs)));
        }
        // Document order can differ from the chapter order the codes follow.
        workProcesses.sort(Comparator.comparingInt(DossierWorkProcess::chapter));
        return workProcesses;
    }

    /** A werkproces text with its {@code <field>perprofiel/aanvullend} additions. */
    private ProfiledText profiledText(XmlElement workProcess, String field, Set<String> profileNrs) {
        XmlElement element = workProcess.first(field);
        if (element == null) {
            return ProfiledText.of(null);
        }
        Map<String, String> additional = new HashMap<>();
        for (XmlElement addition : element.all(field + "perprofiel/aanvullend")) {
            String profileNr = profileReference(addition, profileNrs);
            StringBuilder raw = new StringBuilder();
            for (XmlElement part : addition.children()) {
                if (!part.name().equals("profiel")) {
                    raw.append(part.deepText());
                }
            }
            String text = SbbText.plain(raw.toString());
            if (text != null) {
                additional.merge(profileNr, text, SbbText::joinLines);
            }
        }
        return new ProfiledText(SbbText.plain(element.text()), additional);
    }

    private String profileReference(XmlElement addition, Set<String> profileNrs) {
        XmlElement profile = addition.first("profiel");
        if (profile == null) {
            throw checks.error(addition, "<aanvullend> without <profiel referentie=\"...\">");
        }
        String reference = checks.requiredAttribute(profile, "referentie");
        if (!profileNrs.contains(reference)) {
            throw checks.error(
                    profile, "<profiel> refers to profiel " + reference + ", which the dossier does not have");
        }
        return reference;
    }

    private List<String> knowledgeTitles(List<XmlElement> references, Map<String, String> knowledge) {
        List<String> titles = new ArrayList<>(references.size());
        for (XmlElement reference : references) {
            String nr = checks.requiredAttribute(reference, "referentie");
            String title = knowledge.get(nr);
            if (title == null) {
                throw checks.error(
                        reference,
                        "<" + reference.name() + "> refers to kennisofvaardigheid " + nr
                                + ", which the dossier's <kennisenvaardigheden> do not declare");
            }
            titles.add(title);
        }
        return titles;
    }

    /**
     * The certificates a profiel names. The real exports leave {@code <certificaten/>} empty, so its content is
     * read generically: one certificate per child element (its {@code titel} or {@code naam}, else its text), or
     * one per line of plain text.
     */
    private List<Certificate> certificates(XmlElement certificates) {
        if (certificates == null) {
            return List.of();
        }
        List<Certificate> named = new ArrayList<>();
        if (!certificates.children().isEmpty()) {
            for (XmlElement certificate : certificates.children()) {
                String text = SbbText.plain(certificate.deepText());
                String title = firstNonNull(
                        SbbText.plain(certificate.attribute("titel")),
                        SbbText.plain(certificate.attribute("naam")),
                        text);
                if (title != null) {
                    named.add(new Certificate(title, null, text == null ? title : text, provenance));
                }
            }
            return named;
        }
        String text = SbbText.plain(certificates.text());
        if (text != null) {
            for (String line : text.split("\n")) {
                String title = BULLET.matcher(line).replaceFirst("").strip();
                if (!title.isEmpty()) {
                    named.add(new Certificate(title, null, line, provenance));
                }
            }
        }
        return named;
    }

    private int level(XmlElement profile) {
        String value = checks.requiredAttribute(profile, "niveau").strip();
        if (!value.matches("[1-4]")) {
            throw checks.error(
                    profile, ElementChecks.describe(profile) + " has niveau \"" + value + "\"; mbo levels are 1 to 4");
        }
        return Integer.parseInt(value);
    }

    private int requireUniqueChapter(Map<Integer, XmlElement> byChapter, XmlElement element, String kind) {
        int chapter = chapter(element);
        XmlElement earlier = byChapter.putIfAbsent(chapter, element);
        if (earlier != null) {
            throw checks.error(
                    element,
                    "a second <" + kind + "> with hoofdstuk " + chapter + " (the first is on line " + earlier.line()
                            + "); codes would collide");
        }
        return chapter;
    }

    private int chapter(XmlElement element) {
        String value = checks.requiredAttribute(element, "hoofdstuk").strip();
        if (!value.matches("[1-9][0-9]{0,5}")) {
            throw checks.error(
                    element,
                    ElementChecks.describe(element) + " has hoofdstuk \"" + value
                            + "\"; a code needs a positive whole number");
        }
        return Integer.parseInt(value);
    }

    private String crebo(XmlElement element) {
        String crebo = element.text().strip();
        if (crebo.isEmpty()) {
            throw checks.error(element, "<" + element.name() + "> is empty; a crebo number is required");
        }
        if (!Crebo.isWellFormed(crebo)) {
            throw checks.error(element, "<" + element.name() + "> holds \"" + crebo + "\"; a crebo is five digits");
        }
        return crebo;
    }

    private static String textOf(XmlElement element) {
        return element == null ? null : element.text();
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
