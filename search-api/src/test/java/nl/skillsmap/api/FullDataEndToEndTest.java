package nl.skillsmap.api;

import static nl.skillsmap.api.ApiResponses.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import nl.skillsmap.search.index.SkillsmapIndex;
import nl.skillsmap.testing.FullData;
import nl.skillsmap.testing.FullDataIndex;
import nl.skillsmap.testing.QualityReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API over real HTTP on the full default data (mbo, SBB XML, ESCO): what a career switcher and an advisor
 * would see.
 */
@FullData
class FullDataEndToEndTest {

    /** Sandra, 45, shop worker: purchasing, stock, customers, the till and the shop floor. */
    private static final String SANDRA = """
            {"activities": ["inkoop en voorraadbeleid", "contact met klanten", "kassa en geldafhandeling",
                            "artikelen presenteren in de winkel"]}""";

    private static final String RETAIL = "Handel en ondernemerschap";
    /** Dossier Dienstverlening (official SBB XML): Helpende Zorg en Welzijn, facilitaire dienstverlening, sport en recreatie. */
    private static final List<String> DIENSTVERLENING = List.of("25498", "25499", "25500");

    private static SkillsmapIndex index;

    @BeforeAll
    static void openFullIndex() throws IOException {
        index = SkillsmapIndex.open(FullDataIndex.ofDefaultData().ensureBuilt());
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @Test
    void sandrasWorkRanksRetailQualificationsFirstWithSharedWorkOnTheShopFloor() {
        withServer(client -> {
            JsonNode qualifications = json(post(client, SANDRA)).get("qualifications");

            // Selling in a shop: retail qualifications of any sector (a garden centre's too), not hospitality.
            List<String> names = new ArrayList<>();
            qualifications.forEach(q -> names.add(q.get("name").asText().toLowerCase(Locale.ROOT)));
            // One card per qualification: the 2015 sales codes show as their current codes (Retailspecialist ...).
            assertThat(names.subList(0, 3))
                    .filteredOn(n -> n.contains("verko") || n.contains("retail"))
                    .hasSizeGreaterThanOrEqualTo(2);
            List<String> domains = new ArrayList<>();
            qualifications.forEach(q -> domains.add(q.path("domain").asText()));
            assertThat(domains.subList(0, 3)).contains(RETAIL);

            // Each card counts its current code's work (Retailspecialist is known by skills only): the shop floor,
            // never a customer word alone.
            List<String> sharedTitles = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                qualifications
                        .get(i)
                        .get("shared")
                        .forEach(s -> sharedTitles.add(s.get("title").asText().toLowerCase(Locale.ROOT)));
            }
            assertThat(sharedTitles)
                    .anyMatch(t -> t.contains("presentatie"))
                    .noneMatch(t -> t.contains("klant") && !t.contains("winkel"));
            JsonNode first = qualifications.get(0);
            assertThat(first.get("coverage").get("matched").asInt())
                    .isEqualTo(first.get("shared").size())
                    .isPositive();
            first.get("shared").forEach(s -> assertThat(s.get("evidence")).isNotEmpty());
        });
    }

    @Test
    void startingFromAJobRanksTheQualificationsOfThatWorkFirst() {
        withServer(client -> {
            // ESCO's kassamedewerker (cashier) and magazijnmedewerker (warehouse worker), as the page's picker sends
            // them.
            JsonNode cashier = json(post(client, """
                    {"occupation": "http://data.europa.eu/esco/occupation/2b871272-bd61-4206-bd1a-0b96d7023098"}""")).get("qualifications");
            List<String> names = new ArrayList<>();
            cashier.forEach(q -> names.add(q.get("name").asText().toLowerCase(Locale.ROOT)));
            // One card per qualification: the 2015 sales codes show as their current codes (Retailspecialist ...).
            assertThat(names.subList(0, 3))
                    .filteredOn(n -> n.contains("verko") || n.contains("retail"))
                    .hasSizeGreaterThanOrEqualTo(2);

            JsonNode warehouse = json(post(client, """
                    {"occupation": "http://data.europa.eu/esco/occupation/bea705fe-06ac-4147-b8e0-6e8ac1208d8f"}""")).get("qualifications");
            assertThat(warehouse.get(0).get("name").asText()).containsIgnoringCase("logistiek");
        });
    }

    @Test
    void sayingOnesJobInWordsRanksTheQualificationsOfThatWorkFirst() {
        withServer(client -> {
            JsonNode cashier = json(post(client, """
                    {"activities": ["Ik werk als kassamedewerker"]}"""));
            JsonNode named = cashier.get("understood").get(0).get("occupation");
            assertThat(named.get("label").asText()).isEqualTo("kassamedewerker");
            List<String> names = new ArrayList<>();
            cashier.get("qualifications")
                    .forEach(q -> names.add(q.get("name").asText().toLowerCase(Locale.ROOT)));
            assertThat(names.subList(0, 3))
                    .filteredOn(n -> n.contains("verko") || n.contains("retail"))
                    .hasSizeGreaterThanOrEqualTo(2);
            List<String> occupations = new ArrayList<>();
            cashier.get("occupations").forEach(o -> occupations.add(o.get("uri").asText()));
            assertThat(occupations).isNotEmpty().doesNotContain(named.get("uri").asText());

            JsonNode warehouse = json(post(client, """
                    {"activities": ["ik werk al jaren als magazijnmedewerker bij een groothandel"]}""")).get("qualifications");
            assertThat(warehouse.get(0).get("name").asText()).containsIgnoringCase("logistiek");

            JsonNode guard = json(post(client, """
                    {"activities": ["ik ben beveiliger"]}""")).get("qualifications");
            List<String> guardNames = new ArrayList<>();
            guard.forEach(q -> guardNames.add(q.get("name").asText()));
            assertThat(guardNames.subList(0, 3)).anyMatch(n -> n.startsWith("Beveiliger"));
        });
    }

    @Test
    void theOccupationsOfferedForAJobAreItsKinNotThoseSharingOneGenericSkill() {
        withServer(client -> {
            // A shelf filler's essential skills include the food-hygiene rules, which a linen-room worker, a porter
            // and a steward need too: sharing that one skill is not sharing the job.
            JsonNode answer = json(post(client, """
                    {"activities": ["Ik werk als vakkenvuller"]}"""));
            String job =
                    answer.get("understood").get(0).get("occupation").get("uri").asText();
            JsonNode detail = json(client.get("/api/v1/occupations/" + job.substring(job.lastIndexOf('/') + 1)));
            List<String> kin = new ArrayList<>();
            detail.get("relatedOccupations").forEach(r -> kin.add(r.get("uri").asText()));

            JsonNode occupations = answer.get("occupations");
            for (int i = 0; i < 5; i++) {
                JsonNode o = occupations.get(i);
                assertThat(kin)
                        .as("offered %s", o.get("label"))
                        .contains(o.get("uri").asText());
                assertThat(o.get("coverage").get("matched").asInt())
                        .as("skills %s shares", o.get("label"))
                        .isGreaterThanOrEqualTo(2);
            }
            List<String> first = new ArrayList<>();
            occupations.forEach(o -> first.add(o.get("label").asText()));
            assertThat(first.subList(0, 5)).noneMatch(l -> l.contains("linnenkamer") || l.contains("portier"));
        });
    }

    @Test
    void aShortTextAboutSomeonesWorkNamesTheJobItSaysAndNoMeaningOfAVerbAlone() {
        withServer(client -> {
            // A text about someone says the job in the third person, or opens with it.
            assertNamesJobAndRanksItsWorkFirst(
                    client, "Jan (41) werkt als fietsenmaker in een fietsenwinkel.", "fietsenmaker", "fietstechnicus");
            assertNamesJobAndRanksItsWorkFirst(
                    client, "Vrachtwagenchauffeur bij een transportbedrijf.", "vrachtwagenchauffeur", "chauffeur");

            // "tuinman" is a label of botanicus (a scientist) as well as of hovenier and medewerker groenvoorziening.
            JsonNode gardener = json(post(client, """
                    {"activities": ["Ik werk als tuinman"]}"""));
            assertThat(gardener.get("understood")
                            .get(0)
                            .get("occupation")
                            .get("label")
                            .asText())
                    .isIn("hovenier", "medewerker groenvoorziening/medewerkster groenvoorziening");
            assertThat(gardener.get("qualifications").get(0).get("name").asText())
                    .containsIgnoringCase("groen");

            // Of this text the semantic space knows only "werkt": no card may rest on closeness in meaning to it.
            JsonNode unknown = json(post(client, """
                    {"activities": ["Mila werkt als prikassistent bij de trombosedienst."]}"""));
            List<String> kinds = new ArrayList<>();
            unknown.get("qualifications")
                    .forEach(q -> q.get("profileEvidence")
                            .forEach(e -> kinds.add(e.get("how").asText())));
            assertThat(kinds).doesNotContain("similarMeaning");
        });
    }

    private static void assertNamesJobAndRanksItsWorkFirst(
            io.javalin.testtools.HttpClient client, String text, String label, String firstQualification) {
        JsonNode answer = json(post(client, "{\"activities\": [\"" + text + "\"]}"));
        assertThat(answer.get("understood")
                        .get(0)
                        .get("occupation")
                        .get("label")
                        .asText())
                .as(text)
                .isEqualTo(label);
        assertThat(answer.get("qualifications").get(0).get("name").asText())
                .as(text)
                .containsIgnoringCase(firstQualification);
    }

    @Test
    void aWordThatManyJobsShareNamesNoJobWhileAJobsOwnNameDoes() {
        withServer(client -> {
            // ESCO gives "medewerker" and "monteur" to one occupation each (a beverage filtration technician, a film
            // editor) while hundreds of labels use them: the job is not known, and the words are read as work.
            for (String vague : List.of("Ik werk als pedagogisch medewerker", "ik ben monteur")) {
                JsonNode understood = json(post(client, "{\"activities\": [\"" + vague + "\"]}"))
                        .get("understood")
                        .get(0);
                assertThat(understood.path("occupation").isMissingNode()
                                || understood.get("occupation").isNull())
                        .as(vague)
                        .isTrue();
            }
            JsonNode production = json(post(client, """
                    {"activities": ["Ik werk als productiemedewerker"]}"""));
            assertThat(production
                            .get("understood")
                            .get(0)
                            .get("occupation")
                            .get("label")
                            .asText())
                    .isEqualTo("productiemedewerker");
        });
    }

    @Test
    void aJobsSkillsCountOnlyWorkThatSaysThemAndItsKnowledgeNone() {
        withServer(client -> {
            // ESCO's cleaner sorts waste ("afval sorteren"): a waste-management qualification's work that says so in
            // its title counts, not its preparing and finishing, whose descriptions alone mention sorting.
            JsonNode cleaner = json(post(client, """
                    {"activities": ["Ik werk als schoonmaker"]}""")).get("understood").get(0);
            List<String> waste = new ArrayList<>();
            cleaner.get("workProcesses").forEach(wp -> {
                if (wp.get("qualificationName").asText().contains("afvalbeheer")) {
                    waste.add(wp.get("title").asText());
                }
            });
            assertThat(waste)
                    .anyMatch(t -> t.contains("sortering"))
                    .doesNotContain("Bereidt de werkzaamheden voor", "Rondt de werkzaamheden af");
            // A bus driver knows the mechanical parts of a vehicle; a technician maintains them. And a driver's
            // "communiceren met klanten" shares only "klant" with a hairdresser's "Ontvangt klant".
            assertThat(understoodWork(client, "Ik werk als buschauffeur", "qualificationName"))
                    .noneMatch(name -> name.toLowerCase(Locale.ROOT).contains("technicus"));
            assertThat(understoodWork(client, "Ik werk als buschauffeur", "title"))
                    .noneMatch(title -> title.toLowerCase(Locale.ROOT).contains("klant"));
            // A guard's "surveillancemateriaal controleren" is not a joiner's "Hout en plaatmateriaal selecteren,
            // controleren en transporteren": a label's words must be the title's own words, not parts of its compounds.
            assertThat(understoodWork(client, "Ik werk als beveiliger", "title"))
                    .noneMatch(title -> title.toLowerCase(Locale.ROOT).contains("hout"));
        });
    }

    @Test
    void oneCommonWordOrABareVerbSaysNoWorkWhileTwoWordsTogetherDo() {
        withServer(client -> {
            // "werk" and "apparatuur" are in hundreds of titles: a phrase that shares nothing else with a work
            // process does not do that work ("werken met computers" is not "Ruimt de werkplek op").
            assertThat(understoodWork(client, "werken met computers", "title")).isEmpty();
            assertThat(understoodWork(client, "apparatuur controleren", "title"))
                    .isNotEmpty()
                    .doesNotContain("Bedient apparatuur", "Onderhoudt apparatuur");
            // Two words said together name the work, however common each is.
            assertThat(understoodWork(client, "dieren verzorgen", "title")).contains("Verzorgt dieren");
            // A verb alone names the same work only in the phrase's own field: setting up a network is not a
            // joiner's setting of woodworking machines, while assisting a vet is a veterinary assistant's work.
            assertThat(understoodWork(client, "netwerk instellen", "title"))
                    .isNotEmpty()
                    .doesNotContain("Houtbewerkingsmachines instellen", "Snijgereedschappen aanbrengen en instellen");
            assertThat(understoodWork(client, "assisteren bij de dierenarts", "title"))
                    .contains("Assisteert bij operaties");
            // A phrase's last word is its verb, though "vlechten" is also the plural of "vlecht": braiding ropes is
            // not a hair stylist's braiding.
            assertThat(understoodWork(client, "touwen vlechten", "title"))
                    .doesNotContain("Vlecht het haar en steekt het op");
        });
    }

    @Test
    void eachPieceOfWorkAPhraseJoinsIsWorkOfItsOwnButOnlyWhereItsOwnWordIsSaid() {
        withServer(client -> {
            // The till is one of the two things "kassa en geldafhandeling" names: working the till is that work,
            // although it says nothing of the cash handling.
            assertThat(understoodWork(client, "kassa en geldafhandeling", "title"))
                    .contains("Werkt met de kassa");
            // Taking samples is one of the two things a lab worker names.
            assertThat(understoodWork(client, "monsters nemen en waarden noteren", "title"))
                    .anyMatch(title -> title.contains("neemt monsters"));
            // A compound that shares only a part with one of them is not that work: a sales conversation is not an
            // appraisal interview, nor a ticket desk sick reports.
            assertThat(understoodWork(client, "ziekmeldingen en functioneringsgesprekken", "title"))
                    .noneMatch(title -> title.toLowerCase(Locale.ROOT).contains("verkoopgesprek"))
                    .noneMatch(title -> title.startsWith("Handelt meldingen af"));
        });
    }

    /** One field of each work process understood of a single activity. */
    private static List<String> understoodWork(io.javalin.testtools.HttpClient client, String activity, String field) {
        List<String> values = new ArrayList<>();
        json(post(client, "{\"activities\": [\"" + activity + "\"]}"))
                .get("understood")
                .get(0)
                .get("workProcesses")
                .forEach(wp -> values.add(wp.get(field).asText()));
        return values;
    }

    @Test
    void aHeldDiplomaRanksItsNeighboursInTheSameWorkFirst() {
        withServer(client -> {
            // Mbo-Verpleegkundige: its own dossier's verzorgende-IG shares work processes; the other care
            // qualifications share none, and only its whole work finds them, before those that merely list the same
            // generic skills (Samenwerken, Plannen) as it does.
            JsonNode nurse = json(post(client, """
                    {"qualification": "25655", "limit": 5}""")).get("qualifications");
            List<String> names = new ArrayList<>();
            nurse.forEach(q -> names.add(q.get("name").asText().toLowerCase(Locale.ROOT)));
            assertThat(names.subList(0, 3)).allMatch(n -> n.contains("zorg"));
        });
    }

    @Test
    void aWarehouseWorkersWordsShareNothingWithWorkThatOnlySharesAWordInAnotherRole() {
        withServer(client -> {
            JsonNode answer = json(post(client, """
                    {"activities": ["orderpicken", "heftruck rijden", "goederen ontvangen en controleren",
                                    "voorraad tellen"]}"""));
            // Picking orders is not a work order, driving a forklift is not horse riding, counting stock is not
            // growing crops: whatever is understood or shared, none of it is read so.
            List<String> understood = new ArrayList<>();
            answer.get("understood").forEach(u -> {
                u.get("workProcesses")
                        .forEach(wp -> understood.add(wp.get("title").asText()));
                u.get("skills").forEach(sk -> understood.add(sk.get("label").asText()));
            });
            answer.get("qualifications")
                    .forEach(q -> q.get("shared")
                            .forEach(s -> understood.add(s.get("title").asText())));
            assertThat(understood)
                    .isNotEmpty()
                    .noneMatch(t -> t.toLowerCase(Locale.ROOT).contains("werkorder"))
                    .noneMatch(t -> t.toLowerCase(Locale.ROOT).contains("paardrijden"))
                    .noneMatch(t -> t.toLowerCase(Locale.ROOT).contains("teelt"))
                    .noneMatch(t -> t.toLowerCase(Locale.ROOT).startsWith("tele"));
            assertThat(answer.get("qualifications").get(0).get("name").asText()).containsIgnoringCase("logistiek");
            // No profile says picking, so none says "orderpicken" for saying "order" (a work order, orders placed).
            List<String> saying = new ArrayList<>();
            answer.get("qualifications")
                    .forEach(q -> q.get("profileEvidence").forEach(e -> {
                        if (e.get("input").asText().equals("orderpicken")) {
                            saying.add(q.get("name").asText());
                        }
                    }));
            assertThat(saying).isEmpty();
        });
    }

    @Test
    void aSecurityGuardsFirstAidIsNotTheFirstOfASeniorTechniciansTitle() {
        withServer(client -> {
            JsonNode qualifications = json(post(client, """
                    {"activities": ["toegangscontrole bij de ingang", "surveillance lopen", "incidenten rapporteren",
                                    "eerste hulp verlenen"]}""")).get("qualifications");
            List<String> names = new ArrayList<>();
            qualifications.forEach(q -> names.add(q.get("name").asText()));
            // "eerste hulp" is one expression: its "eerste" is not the "Eerste" in the name of "Eerste Autotechnicus"
            // or "Eerste Fietstechnicus", which made them the first two while the words were read apart.
            assertThat(names).hasSizeGreaterThanOrEqualTo(3);
            assertThat(names.subList(0, 3))
                    .noneMatch(n -> n.toLowerCase(Locale.ROOT).startsWith("eerste"))
                    .anyMatch(n -> n.toLowerCase(Locale.ROOT).startsWith("beveiliger"));
        });
    }

    @Test
    void aFormerNameOfTheWorkFindsTheQualificationThatReplacedIt() {
        withServer(client -> {
            // "Magazijnmedewerker" is a historic programme of the Logistiek file; its level-2 qualification today
            // is Logistiek medewerker, whose own text never says the word.
            JsonNode first = json(post(client, """
                    {"activities": ["magazijnmedewerker"]}""")).get("qualifications").get(0);
            assertThat(first.get("name").asText()).isEqualTo("Logistiek medewerker");
            assertThat(first.get("profileEvidence").get(0).get("input").asText())
                    .isEqualTo("magazijnmedewerker");
        });
    }

    @Test
    void comparingTwoQualificationsOfOneDossierCarriesTheBasisPartOverInFull() {
        withServer(client -> {
            JsonNode compare = json(client.get("/api/v1/compare?from=25499&to=25500"));

            List<JsonNode> basis = new ArrayList<>();
            compare.get("coreTasks").forEach(ct -> {
                if ("basis".equals(ct.get("part").asText())) {
                    basis.add(ct);
                }
            });
            assertThat(basis).isNotEmpty().allSatisfy(ct -> {
                assertThat(ct.get("matched").asInt())
                        .isEqualTo(ct.get("total").asInt())
                        .isPositive();
                assertThat(ct.get("remaining")).isEmpty();
            });
        });
    }

    @Test
    void thePartsTheThreeQualificationsOfOneDossierShareIncludeItsWholeBasisPart() {
        withServer(client -> {
            JsonNode common = json(client.get("/api/v1/common?crebo=" + String.join("&crebo=", DIENSTVERLENING)));
            JsonNode detail = json(client.get("/api/v1/qualifications/25499"));

            List<String> basisCodes = new ArrayList<>();
            detail.get("coreTasks").forEach(ct -> {
                if ("basis".equals(ct.get("part").asText())) {
                    ct.get("workProcesses")
                            .forEach(wp -> basisCodes.add(wp.get("code").asText()));
                }
            });
            List<String> sharedByAllThree = new ArrayList<>();
            common.get("common").forEach(part -> {
                if (part.get("sharedBy").size() == DIENSTVERLENING.size()) {
                    part.get("workProcesses")
                            .forEach(wp -> sharedByAllThree.add(wp.get("code").asText()));
                }
            });
            assertThat(basisCodes).isNotEmpty();
            assertThat(sharedByAllThree).containsAll(basisCodes);
        });
    }

    @Test
    void apothekersassistentAndMedewerkerFacilitaireDienstverleningAreEachShownOnce() {
        withServer(client -> {
            for (String name : List.of("Apothekersassistent", "Medewerker facilitaire dienstverlening")) {
                JsonNode hits = json(client.get(
                                "/api/v1/search?type=qualification&limit=50&q=" + name.replace(' ', '+')))
                        .get("hits");
                List<String> crebos = new ArrayList<>();
                hits.forEach(h -> {
                    if (h.get("title").asText().equalsIgnoreCase(name)) {
                        crebos.add(h.get("id").asText());
                    }
                });
                assertThat(crebos).as(name).hasSize(1);
                JsonNode every = json(client.get(
                                "/api/v1/search?type=qualification&limit=50&lineage=all&q=" + name.replace(' ', '+')))
                        .get("hits");
                List<String> codes = new ArrayList<>();
                every.forEach(h -> {
                    if (h.get("title").asText().equalsIgnoreCase(name)) {
                        codes.add(h.get("id").asText());
                    }
                });
                assertThat(codes).as(name).hasSizeGreaterThan(1).contains(crebos.getFirst());
            }
            JsonNode cards = json(post(client, """
                    {"activities": ["medicijnen klaarmaken en meegeven in de apotheek", "recepten controleren"],
                     "limit": 50}""")).get("qualifications");
            List<String> names = new ArrayList<>();
            cards.forEach(q -> names.add(q.get("name").asText()));
            assertThat(names).containsOnlyOnce("Apothekersassistent");
        });
    }

    @Test
    void aftersalesmanagerShowsItsSuccessorAndComparingWithItComparesWithTheSuccessor() {
        withServer(client -> {
            JsonNode lineage = json(client.get("/api/v1/qualifications/25218")).get("lineage");
            assertThat(lineage.get("status").asText()).isEqualTo("intakeEnded");
            assertThat(lineage.get("intakeUntil").asText()).isEqualTo("2022-08-01");
            assertThat(lineage.get("successor").get("crebo").asText()).isEqualTo("25713");

            JsonNode compare = json(client.get("/api/v1/compare?from=25499&to=25218"));
            assertThat(compare.get("followed").get(0).get("asked").asText()).isEqualTo("25218");
            assertThat(compare.get("followed").get(0).get("used").asText()).isEqualTo("25713");
        });
    }

    @Test
    void theDiplomaPickerForLogistiekMedewerkerOffersTheCodeWithContent() {
        withServer(client -> {
            JsonNode suggestions = json(client.get("/api/v1/suggest?type=qualification&q=logistiek+medewerker"))
                    .get("suggestions");
            List<String> crebos = new ArrayList<>();
            suggestions.forEach(s -> {
                if (s.get("text").asText().equals("Logistiek medewerker")) {
                    crebos.add(s.get("id").asText());
                }
            });
            assertThat(crebos).containsExactly("25774");
            JsonNode detail = json(client.get("/api/v1/qualifications/25774"));
            assertThat(detail.get("coverageBasis").asText()).isNotEqualTo("none");
        });
    }

    @Test
    void healthReportsTheCountsOfTheFullData() {
        withServer(client -> {
            JsonNode counts = json(client.get("/api/v1/health")).get("counts");
            QualityReport report = QualityReport.ofSharedData();
            assertThat(counts.get("qualification").asLong()).isEqualTo(report.count("kwalificaties (lines in"));
            assertThat(counts.get("workProcess").asLong())
                    .isEqualTo(report.count("werkprocessen in the output, total"));
            assertThat(counts.get("occupation").asInt()).isEqualTo(3007);
        });
    }

    private static void withServer(Consumer<io.javalin.testtools.HttpClient> test) {
        JavalinTest.test(SkillsmapApp.create(index, ApiConfig.defaults()), (server, client) -> test.accept(client));
    }

    private static Response post(io.javalin.testtools.HttpClient client, String body) {
        return client.request(
                "/api/v1/match",
                request -> request.post(HttpRequest.BodyPublishers.ofString(body))
                        .header("Content-Type", "application/json"));
    }
}
