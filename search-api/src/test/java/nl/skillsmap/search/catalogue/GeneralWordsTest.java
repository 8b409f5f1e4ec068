package nl.skillsmap.search.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.skillsmap.model.Occupation;
import nl.skillsmap.model.Provenance;
import org.junit.jupiter.api.Test;

/** A one-word label that the labels of many other occupations use names a kind of work, not a job. */
class GeneralWordsTest {

    private static final String ESCO = "http://data.europa.eu/esco/occupation/";

    @Test
    void aWordManyOtherOccupationsLabelsUseIsGeneralWhereOnlyFewUseIsAJobsName() {
        List<Occupation> occupations = new ArrayList<>();
        // ESCO's way: one occupation given the bare word as an alternative label.
        occupations.add(occupation("filtration", "technicus drankenfiltering", "medewerker"));
        for (int i = 0; i < 3; i++) {
            occupations.add(occupation("medewerker-" + i, "medewerker afdeling " + i));
        }
        occupations.add(occupation("cook", "kok", "kokkin"));
        occupations.add(occupation("chef-cook", "zelfstandig kok"));
        occupations.add(occupation("line-cook", "kok grootkeuken"));
        // Not a word of the labels: part of a compound.
        occupations.add(occupation("shop", "winkelmedewerker"));

        assertThat(Catalogue.generalWords(Catalogue.byLabel(occupations), 3)).containsExactly("medewerker");
        assertThat(Catalogue.generalWords(Catalogue.byLabel(occupations), 4)).isEmpty();
        assertThat(Catalogue.generalWords(Catalogue.byLabel(occupations), 2))
                .containsExactlyInAnyOrder("medewerker", "kok");
    }

    @Test
    void labelsInOtherLanguagesCountForNothing() {
        List<Occupation> occupations = new ArrayList<>();
        occupations.add(occupation("filtration", "technicus drankenfiltering", "medewerker"));
        for (int i = 0; i < 3; i++) {
            occupations.add(new Occupation(
                    ESCO + "en-" + i,
                    null,
                    null,
                    "medewerker " + i,
                    "en",
                    List.of(),
                    List.of(),
                    null,
                    List.of(),
                    List.of(),
                    new Provenance("esco", "test", Provenance.Quality.OFFICIAL)));
        }

        assertThat(Catalogue.generalWords(Catalogue.byLabel(occupations), 3)).isEmpty();
    }

    private static Occupation occupation(String id, String label, String... alt) {
        return new Occupation(
                ESCO + id,
                null,
                null,
                label,
                "nl",
                List.of(alt),
                List.of(),
                null,
                List.of(),
                List.of(),
                new Provenance("esco", "test", Provenance.Quality.OFFICIAL));
    }
}
