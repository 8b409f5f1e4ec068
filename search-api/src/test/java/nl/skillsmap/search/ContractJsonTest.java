package nl.skillsmap.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import nl.skillsmap.search.compare.BroadElementsService;
import nl.skillsmap.search.compare.CommonService;
import nl.skillsmap.search.compare.CompareService;
import nl.skillsmap.search.detail.DetailService;
import nl.skillsmap.search.index.SkillsmapIndex;
import nl.skillsmap.search.match.MatchRequest;
import nl.skillsmap.search.match.MatchService;
import nl.skillsmap.search.testing.FixtureCorpus;
import nl.skillsmap.search.testing.FixtureIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The service results serialize with a plain Jackson mapper to exactly the field names of API v1. */
@ExtendWith(FixtureIndex.class)
class ContractJsonTest {

    static SkillsmapIndex index;
    static MatchService match;
    static CompareService compare;
    static CommonService common;
    static BroadElementsService broad;
    static DetailService detail;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void openFixtureIndex(SkillsmapIndex fixture) {
        index = fixture;
        match = new MatchService(index);
        compare = new CompareService(index);
        common = new CommonService(index);
        broad = new BroadElementsService(index);
        detail = new DetailService(index);
    }

    @Test
    void aMatchHasTheContractsFieldsAndValues() {
        JsonNode response = JSON.valueToTree(match.match(new MatchRequest(
                List.of("inkoop en voorraadbeleid", "kassa en geldafhandeling"),
                List.of("25153-B1-K1-W3"),
                null,
                null,
                null,
                null,
                null,
                null)));

        assertThat(fields(response)).containsExactly("understood", "qualifications", "occupations");
        JsonNode understood = response.get("understood").get(0);
        assertThat(fields(understood)).containsExactly("input", "kind", "workProcesses", "skills", "occupation");
        assertThat(understood.get("kind").asText()).isEqualTo("activity");
        assertThat(understood.get("occupation").isNull())
                .as("an activity that names no job")
                .isTrue();
        assertThat(fields(understood.get("workProcesses").get(0)))
                .containsExactly("id", "title", "crebo", "qualificationName", "strength", "how");

        JsonNode qualification = response.get("qualifications").get(0);
        assertThat(fields(qualification))
                .containsExactly(
                        "crebo",
                        "name",
                        "level",
                        "domain",
                        "dossier",
                        "coverageBasis",
                        "coverage",
                        "score",
                        "coreTasks",
                        "shared",
                        "missing",
                        "certificates",
                        "profileEvidence",
                        "lineage");
        assertThat(fields(qualification.get("lineage")))
                .containsExactly("status", "intakeUntil", "successor", "current", "formerCodes", "contentFrom");
        assertThat(fields(qualification.get("dossier"))).containsExactly("crebo", "name");
        assertThat(fields(qualification.get("coverage"))).containsExactly("matched", "total", "fraction");
        assertThat(fields(qualification.get("coreTasks").get(0)))
                .containsExactly("code", "title", "part", "matched", "total", "fraction");
        assertThat(fields(qualification.get("shared").get(0)))
                .containsExactly("id", "code", "title", "coreTask", "evidence");
        assertThat(fields(qualification.get("missing").get(0))).containsExactly("coreTask", "count", "workProcesses");
        assertThat(fields(qualification.get("missing").get(0).get("coreTask"))).containsExactly("code", "title");
        assertThat(fields(
                        qualification.get("missing").get(0).get("workProcesses").get(0)))
                .containsExactly("id", "code", "title");
        assertThat(fields(qualification.get("certificates").get(0)))
                .containsExactly("title", "kind", "code", "evidence", "certificate");

        List<JsonNode> evidence = new ArrayList<>();
        response.get("qualifications")
                .forEach(q -> q.get("shared").forEach(s -> s.get("evidence").forEach(evidence::add)));
        assertThat(evidence).anySatisfy(e -> {
            assertThat(fields(e)).containsExactly("input", "how", "matchedTerms", "strength");
            assertThat(e.get("how").asText()).isEqualTo("exact");
        });
        assertThat(evidence).anySatisfy(e -> {
            assertThat(fields(e)).containsExactly("input", "how", "matchedTerms", "strength", "via");
            assertThat(e.get("how").asText()).isEqualTo("similarWorkProcess");
            assertThat(fields(e.get("via"))).containsExactly("id", "title", "crebo");
        });
    }

    @Test
    void anOccupationMatchHasTheContractsFields() {
        JsonNode response = JSON.valueToTree(match.match(MatchRequest.ofActivities("kassa bedienen")));

        JsonNode occupation = response.get("occupations").get(0);
        assertThat(fields(occupation))
                .containsExactly(
                        "uri",
                        "id",
                        "label",
                        "iscoGroup",
                        "score",
                        "coverage",
                        "sharedSkills",
                        "missingSkillCount",
                        "missingSkills",
                        "profileEvidence");
        assertThat(fields(occupation.get("sharedSkills").get(0))).containsExactly("uri", "label", "evidence");
        assertThat(fields(occupation.get("missingSkills").get(0))).containsExactly("uri", "label");
        assertThat(fields(response.get("understood").get(0).get("skills").get(0)))
                .containsExactly("uri", "label", "strength", "how");
    }

    @Test
    void compareCommonAndBroadElementsHaveTheContractsFields() {
        JsonNode compared = JSON.valueToTree(compare.compare(FixtureCorpus.SALES, FixtureCorpus.FIRST_SALES));
        assertThat(fields(compared))
                .containsExactly("from", "to", "coverageBasis", "coverage", "coreTasks", "followed");
        assertThat(fields(compared.get("from"))).containsExactly("crebo", "name", "level");
        assertThat(fields(compared.get("coreTasks").get(0)))
                .containsExactly("code", "title", "part", "matched", "total", "fraction", "carriedOver", "remaining");
        assertThat(fields(compared.get("coreTasks").get(0).get("carriedOver").get(0)))
                .containsExactly("id", "code", "title", "evidence");

        JsonNode shared = JSON.valueToTree(common.common(List.of(FixtureCorpus.SALES, FixtureCorpus.FIRST_SALES)));
        assertThat(fields(shared)).containsExactly("qualifications", "common", "followed");
        assertThat(fields(shared.get("common").get(0)))
                .containsExactly("title", "coreTask", "sharedBy", "workProcesses");
        assertThat(fields(shared.get("common").get(0).get("workProcesses").get(0)))
                .containsExactly("id", "crebo", "code", "title");

        JsonNode elements = JSON.valueToTree(broad.broadElements(null, 5));
        assertThat(fields(elements)).containsExactly("elements");
        assertThat(fields(elements.get("elements").get(0)))
                .containsExactly("title", "qualificationCount", "domainCount", "domains", "workProcesses");
        assertThat(fields(elements.get("elements").get(0).get("workProcesses").get(0)))
                .containsExactly("id", "crebo", "title", "qualificationName");
    }

    @Test
    void detailsHaveTheContractsFields() {
        JsonNode qualification = JSON.valueToTree(detail.qualification(FixtureCorpus.SHOP_MANAGER));
        assertThat(fields(qualification))
                .containsExactly(
                        "crebo",
                        "name",
                        "level",
                        "domain",
                        "sectorChamber",
                        "dossier",
                        "description",
                        "learningPaths",
                        "coverageBasis",
                        "coreTasks",
                        "skills",
                        "electives",
                        "certificates",
                        "sources",
                        "lineage");
        JsonNode coreTask = qualification.get("coreTasks").get(0);
        assertThat(fields(coreTask)).containsExactly("code", "title", "part", "workProcesses", "knowledge");
        assertThat(fields(coreTask.get("workProcesses").get(0)))
                .containsExactly("id", "code", "title", "description", "result", "behaviour", "similar");
        assertThat(fields(coreTask.get("workProcesses").get(0).get("similar").get(0)))
                .containsExactly("id", "title", "crebo", "qualificationName", "similarity");
        assertThat(fields(qualification.get("skills").get(0))).containsExactly("uri", "label", "kind", "relevance");
        assertThat(fields(qualification.get("electives").get(0))).containsExactly("code", "title", "certificate");
        assertThat(fields(qualification.get("certificates").get(0))).containsExactly("title", "type", "evidence");
        assertThat(fields(qualification.get("sources").get(0))).containsExactly("source", "file", "quality");

        JsonNode occupation = JSON.valueToTree(detail.occupation("shop-assistant"));
        assertThat(fields(occupation))
                .containsExactly(
                        "uri",
                        "id",
                        "label",
                        "language",
                        "altLabels",
                        "code",
                        "iscoGroup",
                        "description",
                        "essentialSkills",
                        "optionalSkills",
                        "relatedQualifications",
                        "relatedOccupations");
        assertThat(fields(occupation.get("essentialSkills").get(0))).containsExactly("uri", "label");
        assertThat(fields(occupation.get("relatedQualifications").get(0)))
                .containsExactly("crebo", "name", "level", "score");
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
