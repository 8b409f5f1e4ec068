package nl.skillsmap.source.esco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.skillsmap.model.Occupation;
import nl.skillsmap.model.Provenance;
import nl.skillsmap.model.Skill;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads a small ESCO download written in the official layout: two languages, a partial Dutch skills file. */
class EscoCsvReaderTest {

    private static final String OCCUPATION = "http://data.europa.eu/esco/occupation/";
    private static final String SKILL = "http://data.europa.eu/esco/skill/";

    private static EscoTaxonomy dutchFirst;

    @BeforeAll
    static void readSample() {
        dutchFirst = new EscoCsvReader(sample()).read();
    }

    static Path sample() {
        try {
            return Path.of(EscoCsvReaderTest.class.getResource("sample").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void takesLabelsAndDescriptionFromThePreferredLanguage() {
        Occupation shop = occupations(dutchFirst).get(OCCUPATION + "a1-winkelmedewerker");
        assertThat(shop.label()).isEqualTo("winkelmedewerker");
        assertThat(shop.language()).isEqualTo("nl");
        assertThat(shop.altLabels()).containsExactly("verkoopmedewerker", "winkelbediende", "verkoper winkel");
        assertThat(shop.hiddenLabels()).containsExactly("winkeljuffrouw");
        assertThat(shop.description()).isEqualTo("Winkelmedewerkers verkopen goederen\nen helpen klanten.");
        assertThat(shop.code()).isEqualTo("5223.2");
        assertThat(shop.iscoGroup()).isEqualTo("5223");
        assertThat(shop.provenance())
                .isEqualTo(new Provenance("esco", "occupations_nl.csv", Provenance.Quality.OFFICIAL));
    }

    @Test
    void producesAConceptThatOnlyTheEnglishFileHasInEnglish() {
        Occupation drone = occupations(dutchFirst).get(OCCUPATION + "c3-drone-pilot");
        assertThat(drone.label()).isEqualTo("drone pilot");
        assertThat(drone.language()).isEqualTo("en");
        // Blank lines and surrounding spaces inside the multi-line field are not labels.
        assertThat(drone.altLabels()).containsExactly("UAV pilot", "remote pilot");
        assertThat(drone.provenance().file()).isEqualTo("occupations_en.csv");
    }

    @Test
    void completesAPartialDutchSkillsFileWithEnglishLabels() {
        assertThat(dutchFirst.skills())
                .extracting(Skill::uri, Skill::label, Skill::language, Skill::kind)
                .containsExactly(
                        tuple(SKILL + "s1-voorraad", "voorraad beheren", "nl", "skill/competence"),
                        tuple(SKILL + "s2-heftruck", "operate forklift", "en", "skill/competence"),
                        tuple(SKILL + "s3-klanten", "klanten helpen", "nl", "skill/competence"),
                        tuple(SKILL + "s4-aviation", "aviation law", "en", "knowledge"),
                        tuple(SKILL + "s5-untyped", "keep records", "en", null));
        Skill stock = dutchFirst.skills().get(0);
        // Alternative labels come from the same language as the label, never mixed in from English.
        assertThat(stock.altLabels()).containsExactly("voorraadbeheer", "voorraden bijhouden");
        assertThat(stock.description()).isEqualTo("Het bijhouden van de voorraad.");
        assertThat(dutchFirst.skills().get(1).hiddenLabels()).containsExactly("fork lift");
        assertThat(dutchFirst.warnings())
                .contains("3 of 5 skills have no label in a more preferred language; they are labelled from "
                        + "skills_en.csv");
    }

    @Test
    void followsAnotherLanguagePreference() {
        EscoTaxonomy englishFirst = new EscoCsvReader(sample(), List.of("en", "nl")).read();
        assertThat(englishFirst.occupations())
                .extracting(Occupation::label, Occupation::language)
                .containsExactly(
                        tuple("shop assistant", "en"), tuple("warehouse worker", "en"), tuple("drone pilot", "en"));
        assertThat(englishFirst.skills()).extracting(Skill::language).containsOnly("en");
        // The download has ISCO group names in Dutch only.
        assertThat(englishFirst.iscoGroups()).extracting(IscoGroup::language).containsOnly("nl");
        assertThat(englishFirst.warnings())
                .anySatisfy(warning -> assertThat(warning)
                        .startsWith("no ISCOGroups_en.csv in ")
                        .endsWith("; ISCOGroups are labelled from ISCOGroups_nl.csv"));
    }

    @Test
    void linksEssentialAndOptionalSkillsInFileOrder() {
        Map<String, Occupation> occupations = occupations(dutchFirst);
        Occupation warehouse = occupations.get(OCCUPATION + "b2-magazijnmedewerker");
        assertThat(warehouse.essentialSkills()).containsExactly(SKILL + "s2-heftruck", SKILL + "s1-voorraad");
        assertThat(warehouse.optionalSkills()).isEmpty();
        Occupation shop = occupations.get(OCCUPATION + "a1-winkelmedewerker");
        assertThat(shop.essentialSkills()).containsExactly(SKILL + "s3-klanten");
        assertThat(shop.optionalSkills()).containsExactly(SKILL + "s1-voorraad");
    }

    @Test
    void relationsToUnknownConceptsAreLeftOutWithAWarning() {
        assertThat(dutchFirst.occupations()).extracting(Occupation::uri).doesNotContain(OCCUPATION + "z9-withdrawn");
        assertThat(dutchFirst.warnings())
                .contains(
                        "occupationSkillRelations.csv:8: 2 relations name occupation " + OCCUPATION
                                + "z9-withdrawn, which is in no occupations file; they are left out",
                        "occupationSkillRelations.csv:4: 1 relations name 1 skills that are in no skills file (e.g. "
                                + SKILL + "s1-voorraad-typo); they are left out");
    }

    @Test
    void readsIscoGroupsOrderedByCode() {
        assertThat(dutchFirst.iscoGroups())
                .containsExactly(
                        new IscoGroup("3154", "http://data.europa.eu/esco/isco/C3154", "Luchtverkeersleiders", "nl"),
                        new IscoGroup("4321", "http://data.europa.eu/esco/isco/C4321", "Magazijnpersoneel", "nl"),
                        new IscoGroup("5223", "http://data.europa.eu/esco/isco/C5223", "Winkelpersoneel", "nl"));
    }

    @Test
    void refusesALanguageListItCannotUse() {
        assertThatThrownBy(() -> new EscoCsvReader(sample(), List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EscoCsvReader(sample(), List.of("nl", "../en")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("../en");
        assertThatThrownBy(() -> new EscoCsvReader(sample(), List.of("nl", "nl")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Map<String, Occupation> occupations(EscoTaxonomy taxonomy) {
        return taxonomy.occupations().stream().collect(Collectors.toMap(Occupation::uri, Function.identity()));
    }
}
