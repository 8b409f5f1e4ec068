package nl.skillsmap.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.skillsmap.analysis.AnalysisResources;
import nl.skillsmap.analysis.AnalyzerFactory;
import nl.skillsmap.model.CoreTask;
import nl.skillsmap.model.Occupation;
import nl.skillsmap.model.Part;
import nl.skillsmap.model.Provenance;
import nl.skillsmap.model.Qualification;
import nl.skillsmap.model.QualificationFile;
import nl.skillsmap.model.Skill;
import nl.skillsmap.model.WorkProcess;
import org.junit.jupiter.api.Test;

class QualificationProfileTest {

    private static final Provenance ESCO = new Provenance("esco", "x.csv", Provenance.Quality.OFFICIAL);
    private static final Provenance OER = new Provenance("oer:x", "x.jsonl", Provenance.Quality.MINED);

    private final AnalyzerFactory analyzers = new AnalyzerFactory(AnalysisResources.empty());

    @Test
    void aQualificationBorrowsTheLabelsAndDutchEssentialSkillsOfTheOccupationItsNameLinksTo() {
        Occupation cook = occupation(
                "http://esco/cook", "kok", List.of("kokkin"), List.of("http://esco/meals", "http://esco/english-only"));
        Occupation baker = occupation("http://esco/baker", "bakker", List.of(), List.of());
        Map<String, Skill> skills = Map.of(
                "http://esco/meals", skill("http://esco/meals", "maaltijden bereiden", "nl"),
                "http://esco/english-only", skill("http://esco/english-only", "plate food", "en"));
        Qualification q = qualification("Kok", "Bereidt gerechten");

        QualificationProfile profile;
        try (OccupationLinker linker = new OccupationLinker(List.of(baker, cook), analyzers.dutch())) {
            profile = QualificationProfile.of(q, linker.link(q.name()), skills);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }

        assertThat(profile.linkedOccupation()).map(Occupation::uri).contains("http://esco/cook");
        assertThat(profile.text())
                .contains("Kok", "Bereidt gerechten", "kokkin", "maaltijden bereiden")
                .doesNotContain("plate food", "bakker");
    }

    @Test
    void formerNamesAndTheSkillsOfTheOccupationsTheyNameFollowTheProfileOnce() throws java.io.IOException {
        Occupation cook = occupation("http://esco/cook", "kok", List.of(), List.of());
        Occupation warehouse =
                occupation("http://esco/warehouse", "magazijnmedewerker", List.of(), List.of("http://esco/forklift"));
        Map<String, Skill> skills =
                Map.of("http://esco/forklift", skill("http://esco/forklift", "heftruck besturen", "nl"));
        Qualification q = qualification("Logistiek medewerker", "Ontvangt goederen");

        QualificationProfile profile;
        try (OccupationLinker linker = new OccupationLinker(List.of(cook, warehouse), analyzers.dutch())) {
            profile = QualificationProfile.of(q, Optional.of(cook), skills)
                    .withFormerNames(List.of("Magazijnmedewerker", "Kok", "Opslagmedewerker"), linker::link, skills);
        }

        assertThat(profile.text())
                .startsWith("Logistiek medewerker\n")
                .contains("Ontvangt goederen", "Magazijnmedewerker", "heftruck besturen", "Opslagmedewerker");
        assertThat(profile.text().split("\n")).filteredOn("kok"::equals).hasSize(1);
        assertThat(profile.linkedOccupation()).contains(cook);
        assertThat(profile.withFormerNames(List.of(), name -> Optional.empty(), skills))
                .isSameAs(profile);
    }

    @Test
    void aNameSharingNoWordWithAnyOccupationLinksToNothing() throws java.io.IOException {
        try (OccupationLinker linker = new OccupationLinker(
                List.of(occupation("http://esco/baker", "bakker", List.of(), List.of())), analyzers.dutch())) {
            assertThat(linker.link("Schilder")).isEmpty();
        }
        Qualification q = qualification("Schilder", "Schildert gevels");
        assertThat(QualificationProfile.of(q, Optional.empty(), Map.of()).text())
                .isEqualTo("Schilder\nSchilders\nSchildert gevels\nSchildert gevels");
    }

    private static Qualification qualification(String name, String workProcess) {
        WorkProcess wp = new WorkProcess("25000-B1-K1-W1", "B1-K1-W1", workProcess, null, null, null, OER);
        return new Qualification(
                "25000",
                name,
                2,
                new QualificationFile("23000", name + "s"),
                null,
                null,
                List.of(),
                null,
                List.of(new CoreTask("B1-K1", workProcess, Part.BASIS, List.of(wp), List.of())),
                List.of(),
                List.of(),
                List.of(),
                List.of(OER));
    }

    private static Occupation occupation(String uri, String label, List<String> alt, List<String> essential) {
        return new Occupation(uri, "1.1", "1", label, "nl", alt, List.of(), null, essential, List.of(), ESCO);
    }

    private static Skill skill(String uri, String label, String language) {
        return new Skill(uri, label, language, List.of(), List.of(), "skill/competence", null, ESCO);
    }
}
