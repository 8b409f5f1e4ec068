package nl.skillsmap.search.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import nl.skillsmap.analysis.AnalysisResources;
import nl.skillsmap.index.IndexBuilder;
import nl.skillsmap.index.IndexLocation;
import nl.skillsmap.model.Corpus;
import nl.skillsmap.model.Occupation;
import nl.skillsmap.model.Provenance;
import nl.skillsmap.model.Skill;
import nl.skillsmap.search.ValidationException;
import nl.skillsmap.search.index.SkillsmapIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelLanguageServiceTest {

    private static final Provenance ESCO = new Provenance("esco", "fixture.csv", Provenance.Quality.OFFICIAL);
    private static final String DUTCH_SKILL = "http://data.europa.eu/esco/skill/till";
    private static final String ENGLISH_SKILL = "http://data.europa.eu/esco/skill/eye-protection";
    private static final String ENGLISH_OCCUPATION = "http://data.europa.eu/esco/occupation/optician";

    @TempDir
    static Path dir;

    private static SkillsmapIndex index;
    private static LabelLanguageService languages;

    @BeforeAll
    static void buildIndex() throws IOException {
        IndexLocation location = new IndexLocation(dir.resolve("index"));
        Corpus corpus = new Corpus(
                List.of(),
                List.of(),
                List.of(
                        new Skill(
                                DUTCH_SKILL,
                                "kassa bedienen",
                                "nl",
                                List.of(),
                                List.of(),
                                "skill/competence",
                                null,
                                ESCO),
                        new Skill(
                                ENGLISH_SKILL,
                                "eye protection regulations",
                                "en",
                                List.of(),
                                List.of(),
                                "knowledge",
                                null,
                                ESCO)),
                List.of(new Occupation(
                        ENGLISH_OCCUPATION,
                        "7533.1",
                        "7533",
                        "optician",
                        "en",
                        List.of(),
                        List.of(),
                        "An optician.",
                        List.of(ENGLISH_SKILL),
                        List.of(),
                        ESCO)),
                List.of(),
                List.of());
        new IndexBuilder(line -> {}).build(corpus, AnalysisResources.empty(), location, "test");
        index = SkillsmapIndex.open(location);
        languages = new LabelLanguageService(index);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @Test
    void onlyLabelsThatAreNotDutchComeBackWithTheirLanguageInTheOrderAsked() {
        LabelLanguages answer = languages.notDutch(List.of(
                ENGLISH_OCCUPATION,
                DUTCH_SKILL,
                ENGLISH_SKILL,
                "http://data.europa.eu/esco/skill/unknown",
                ENGLISH_SKILL));

        assertThat(answer.labels())
                .containsExactly(
                        new LabelLanguages.Label(ENGLISH_OCCUPATION, "en"),
                        new LabelLanguages.Label(ENGLISH_SKILL, "en"));
    }

    @Test
    void noUrisTooManyOrABlankOneAreRefusedNamingTheField() {
        assertThatThrownBy(() -> languages.notDutch(List.of()))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("uris:");
        assertThatThrownBy(
                        () -> languages.notDutch(Collections.nCopies(LabelLanguageService.MAX_URIS + 1, DUTCH_SKILL)))
                .hasMessage("uris: at most 500 URIs");
        assertThatThrownBy(() -> languages.notDutch(List.of(DUTCH_SKILL, " "))).hasMessageStartingWith("uris[1]:");
    }
}
