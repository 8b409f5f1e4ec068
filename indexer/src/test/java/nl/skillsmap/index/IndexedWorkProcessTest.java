package nl.skillsmap.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nl.skillsmap.model.Part;
import nl.skillsmap.model.Provenance;
import nl.skillsmap.model.WorkProcess;
import org.junit.jupiter.api.Test;

class IndexedWorkProcessTest {

    private static final IndexedWorkProcess STORED = new IndexedWorkProcess(
            new WorkProcess(
                    "25499-B1-K1-W1",
                    "B1-K1-W1",
                    "Controleert de voorraad",
                    "Telt en vult aan",
                    "Voorraad klopt",
                    "Nauwkeurig",
                    new Provenance("sbb-kd-xml", "25499.xml", Provenance.Quality.OFFICIAL)),
            "25499",
            "Verkoper",
            2,
            "Handel",
            "B1-K1",
            "Verkoopt",
            Part.BASIS,
            "g1",
            List.of(new IndexedWorkProcess.SimilarWorkProcess(
                    "25500-B1-K1-W2", "Beheert de voorraad", "25500", "Logistiek medewerker", 0.82)));

    @Test
    void isStoredFlatWithItsProvenanceLastAsTheIndexHasAlwaysHeldIt() throws IOException {
        JsonNode json = StoredJson.mapper().readTree(StoredJson.write(STORED));

        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        assertThat(names)
                .containsExactly(
                        "id",
                        "code",
                        "title",
                        "description",
                        "result",
                        "behaviour",
                        "crebo",
                        "qualificationName",
                        "level",
                        "domain",
                        "coreTaskCode",
                        "coreTaskTitle",
                        "part",
                        "group",
                        "similar",
                        "provenance");
        assertThat(json.get("provenance").get("source").asText()).isEqualTo("sbb-kd-xml");
    }

    @Test
    void readsBackAsTheWorkProcessItWrote() {
        assertThat(StoredJson.read(StoredJson.write(STORED), IndexedWorkProcess.class))
                .isEqualTo(STORED);
    }
}
