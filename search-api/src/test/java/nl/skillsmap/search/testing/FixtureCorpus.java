package nl.skillsmap.search.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nl.skillsmap.analysis.AnalysisResources;
import nl.skillsmap.index.IndexBuilder;
import nl.skillsmap.index.IndexLocation;
import nl.skillsmap.model.Certificate;
import nl.skillsmap.model.CoreTask;
import nl.skillsmap.model.Corpus;
import nl.skillsmap.model.Elective;
import nl.skillsmap.model.Occupation;
import nl.skillsmap.model.Part;
import nl.skillsmap.model.Provenance;
import nl.skillsmap.model.Qualification;
import nl.skillsmap.model.QualificationFile;
import nl.skillsmap.model.Skill;
import nl.skillsmap.model.SkillRef;
import nl.skillsmap.model.WorkProcess;

/**
 * A small corpus shaped like the real one, for tests of the search services and the API: one retail dossier with
 * three qualifications sharing a basis part, a logistics and a kitchen qualification that repeat some of that work
 * in other words, a skills-only and a catalogue-only qualification, electives, ESCO skills and occupations.
 */
public final class FixtureCorpus {

    public static final String RETAIL_DOSSIER = "23300";
    /** Verkoper (level 2), Eerste verkoper (3) and Manager winkel (4): one dossier, one basis part. */
    public static final String SALES = "25153";

    public static final String FIRST_SALES = "25154";
    public static final String SHOP_MANAGER = "25155";
    public static final String LOGISTICS = "25371";
    public static final String COOK = "25180";
    public static final String SKILLS_ONLY = "25900";
    public static final String CATALOGUE_ONLY = "25001";

    public static final String SKILL_STOCK = "http://data.europa.eu/esco/skill/stock";
    public static final String SKILL_CUSTOMERS = "http://data.europa.eu/esco/skill/customers";
    public static final String SKILL_TILL = "http://data.europa.eu/esco/skill/till";
    public static final String SKILL_ORDERS = "http://data.europa.eu/esco/skill/orders";
    public static final String SKILL_COOKING = "http://data.europa.eu/esco/skill/cooking";
    public static final String SKILL_HYGIENE = "http://data.europa.eu/esco/skill/hygiene";

    public static final String SHOP_ASSISTANT = "http://data.europa.eu/esco/occupation/shop-assistant";
    public static final String WAREHOUSE_WORKER = "http://data.europa.eu/esco/occupation/warehouse-worker";
    public static final String COOK_OCCUPATION = "http://data.europa.eu/esco/occupation/cook";

    private static final Provenance OFFICIAL = new Provenance("sbb-kd-xml", "fixture.xml", Provenance.Quality.OFFICIAL);
    private static final Provenance MINED =
            new Provenance("oer:fixture", "kwalificaties.jsonl", Provenance.Quality.MINED);
    private static final Provenance ESCO = new Provenance("esco", "fixture.csv", Provenance.Quality.OFFICIAL);

    private FixtureCorpus() {}

    public static Corpus corpus() {
        QualificationFile retail = new QualificationFile(RETAIL_DOSSIER, "Verkoop en retail");
        List<Qualification> qualifications = new ArrayList<>();
        qualifications.add(retailQualification(
                SALES, "Verkoper", 2, retail, 1, List.of("Presenteert artikelen in de winkel", "Verwerkt retouren")));
        qualifications.add(retailQualification(
                FIRST_SALES,
                "Eerste verkoper",
                3,
                retail,
                2,
                List.of("Stelt de inkoop van artikelen samen", "Begeleidt nieuwe collega's")));
        qualifications.add(retailQualification(
                SHOP_MANAGER,
                "Manager winkel",
                4,
                retail,
                3,
                List.of(
                        "Stelt het voorraadbeleid en de inkoop op",
                        "Stuurt medewerkers aan",
                        "Maakt een ondernemingsplan")));
        qualifications.add(new Qualification(
                LOGISTICS,
                "Logistiek medewerker",
                2,
                new QualificationFile("23400", "Logistiek"),
                "Transport, scheepvaart en logistiek",
                "Mobiliteit",
                List.of("BOL", "BBL"),
                "De logistiek medewerker ontvangt goederen en verzamelt orders.",
                List.of(
                        coreTask(
                                LOGISTICS,
                                "B1-K1",
                                "Ontvangt en slaat goederen op",
                                MINED,
                                "Ontvangt goederen en controleert de pakbon",
                                "Beheert de voorraad in het magazijn",
                                "Slaat goederen op"),
                        coreTask(
                                LOGISTICS,
                                "B1-K2",
                                "Verzamelt en verzendt orders",
                                MINED,
                                "Verzamelt orders (orderpicken)",
                                "Rijdt met de heftruck")),
                List.of(),
                List.of(),
                List.of(),
                List.of(MINED)));
        qualifications.add(new Qualification(
                COOK,
                "Kok",
                2,
                new QualificationFile("23500", "Keuken"),
                "Horeca en bakkerij",
                "Voedsel, groen en gastvrijheid",
                List.of("BOL"),
                null,
                List.of(coreTask(
                        COOK,
                        "B1-K1",
                        "Bereidt gerechten",
                        MINED,
                        "Bereidt maaltijden volgens recept",
                        "Werkt volgens de HACCP-hygiëneregels",
                        "Beheert de voorraad in de keuken")),
                List.of(),
                List.of(),
                List.of(),
                List.of(MINED)));
        qualifications.add(new Qualification(
                SKILLS_ONLY,
                "Medewerker klantcontactcenter",
                3,
                new QualificationFile("23600", "Klantcontact"),
                "Economie en administratie",
                null,
                List.of(),
                "Voert gesprekken met klanten.",
                List.of(),
                List.of(
                        new SkillRef(
                                "https://linkeddata.competentnl.nl/id/human-capability/klantgericht",
                                "Klantgericht handelen",
                                "humancapability",
                                "essentieel"),
                        new SkillRef(
                                "https://linkeddata.competentnl.nl/id/knowledge-area/kassasystemen",
                                "Kassasystemen",
                                "knowledgearea",
                                "essentieel")),
                List.of(),
                List.of(),
                List.of(MINED)));
        qualifications.add(new Qualification(
                CATALOGUE_ONLY,
                "Bakker",
                2,
                new QualificationFile("23700", "Bakkerij"),
                "Horeca en bakkerij",
                null,
                List.of("BBL"),
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(MINED)));

        List<Elective> electives = List.of(
                new Elective("K0080", "Ondernemerschap", true, List.of(SHOP_MANAGER, FIRST_SALES), List.of(MINED)),
                new Elective("K0022", "Digitale vaardigheden basis", null, List.of(SALES), List.of(MINED)));

        List<Skill> skills = List.of(
                escoSkill(SKILL_STOCK, "voorraad beheren", "voorraadbeheer", "voorraad bijhouden"),
                escoSkill(SKILL_CUSTOMERS, "klanten adviseren", "klantcontact onderhouden"),
                escoSkill(SKILL_TILL, "kassa bedienen", "afrekenen"),
                escoSkill(SKILL_ORDERS, "orders verzamelen", "orderpicken"),
                escoSkill(SKILL_COOKING, "maaltijden bereiden", "koken"),
                escoSkill(SKILL_HYGIENE, "hygiënevoorschriften naleven", "HACCP toepassen"));

        List<Occupation> occupations = List.of(
                occupation(
                        SHOP_ASSISTANT,
                        "winkelmedewerker",
                        "5223",
                        List.of("verkoopmedewerker"),
                        List.of(SKILL_STOCK, SKILL_CUSTOMERS, SKILL_TILL),
                        List.of(SKILL_ORDERS)),
                occupation(
                        WAREHOUSE_WORKER,
                        "magazijnmedewerker",
                        "4321",
                        List.of("orderpicker"),
                        List.of(SKILL_STOCK, SKILL_ORDERS),
                        List.of()),
                occupation(
                        COOK_OCCUPATION,
                        "kok",
                        "5120",
                        List.of("kokkin"),
                        List.of(SKILL_COOKING, SKILL_HYGIENE, SKILL_STOCK),
                        List.of()));

        // ESCO's English labels of two concepts shown in Dutch: what an English-speaking person may type.
        Map<String, List<String>> english = Map.of(
                WAREHOUSE_WORKER, List.of("warehouse worker", "warehouse operative"),
                SKILL_TILL, List.of("operate cash register", "use a till"));
        return new Corpus(qualifications, electives, skills, occupations, List.of(), List.of(), english);
    }

    /** Builds the fixture corpus into an index under {@code dir} and returns where it is. */
    public static IndexLocation buildIndex(Path dir) {
        return buildIndex(dir, corpus());
    }

    /** Builds a corpus (the fixture's, changed) with the fixture's analysis resources. */
    public static IndexLocation buildIndex(Path dir, Corpus corpus) {
        IndexLocation location = new IndexLocation(dir.resolve("index"));
        try {
            new IndexBuilder(line -> {}).build(corpus, resources(), location, "fixture");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return location;
    }

    /** A compound dictionary made of the fixture's own words, as the real build derives one from the corpus. */
    public static AnalysisResources resources() {
        return new AnalysisResources(
                new TreeSet<>(List.of(
                        "voorraad",
                        "beheer",
                        "klant",
                        "contact",
                        "bestel",
                        "voorstel",
                        "inkoop",
                        "beleid",
                        "magazijn",
                        "order",
                        "kassa",
                        "winkel")),
                List.of());
    }

    private static Qualification retailQualification(
            String crebo, String name, int level, QualificationFile dossier, int profile, List<String> profileWork) {
        CoreTask basis = coreTask(
                crebo,
                "B1-K1",
                "Verkoopt en beheert de winkel",
                OFFICIAL,
                "Ontvangt en controleert goederen",
                "Controleert de voorraad en doet bestelvoorstellen",
                "Onderhoudt contact met klanten",
                "Handelt de kassa en de geldafhandeling af");
        CoreTask own = coreTask(
                crebo, "P" + profile + "-K1", "Voert profieltaken uit", OFFICIAL, profileWork.toArray(String[]::new));
        List<Certificate> certificates = crebo.equals(SHOP_MANAGER)
                ? List.of(new Certificate(
                        "Leidinggeven in de retail",
                        "mbo-certificaat",
                        "Je hebt recht op het mbo-certificaat 'Leidinggeven in de retail'",
                        MINED))
                : List.of();
        List<Qualification.ElectiveRef> electives = crebo.equals(SALES)
                ? List.of(new Qualification.ElectiveRef("K0022", "Digitale vaardigheden basis"))
                : List.of(new Qualification.ElectiveRef("K0080", "Ondernemerschap"));
        return new Qualification(
                crebo,
                name,
                level,
                dossier,
                "Handel en ondernemerschap",
                "Handel",
                List.of("BOL", "BBL"),
                name + " in de detailhandel.",
                List.of(basis, own),
                List.of(new SkillRef(SKILL_STOCK, "voorraad beheren", "skill/competence", "essential")),
                electives,
                certificates,
                List.of(OFFICIAL));
    }

    private static CoreTask coreTask(
            String crebo, String code, String title, Provenance provenance, String... workProcesses) {
        List<WorkProcess> wps = new ArrayList<>();
        for (int i = 0; i < workProcesses.length; i++) {
            String wpCode = code + "-W" + (i + 1);
            wps.add(new WorkProcess(crebo + "-" + wpCode, wpCode, workProcesses[i], null, null, null, provenance));
        }
        return new CoreTask(code, title, Part.ofCode(code), wps, List.of());
    }

    private static Skill escoSkill(String uri, String label, String... altLabels) {
        return new Skill(uri, label, "nl", List.of(altLabels), List.of(), "skill/competence", null, ESCO);
    }

    /** The fixture corpus with more occupations beside its own. */
    public static Corpus withOccupations(Occupation... more) {
        Corpus fixture = corpus();
        List<Occupation> occupations = new ArrayList<>(fixture.occupations());
        occupations.addAll(List.of(more));
        return new Corpus(
                fixture.qualifications(),
                fixture.electives(),
                fixture.skills(),
                occupations,
                fixture.register(),
                fixture.notes(),
                fixture.englishLabels());
    }

    /** An ESCO occupation in Dutch, as the fixture's own are made. */
    public static Occupation occupation(
            String uri, String label, String isco, List<String> alt, List<String> essential, List<String> optional) {
        return new Occupation(
                uri,
                isco + ".1",
                isco,
                label,
                "nl",
                alt,
                List.of(),
                label + " in de fixture.",
                essential,
                optional,
                ESCO);
    }
}
