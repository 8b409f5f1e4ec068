package nl.skillsmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.skillsmap.testing.FullData;
import org.junit.jupiter.api.Test;

class SynonymGroupsTest {

    @Test
    void groupsTheDistinctShortLabelsOfAConceptFoldedAndLowerCased() {
        List<List<String>> groups = new SynonymGroups()
                .addConcept(List.of(
                        "kassamedewerker",
                        "Caissière",
                        "kassamedewerker supermarkt",
                        "medewerker aan de kassa van een supermarkt"))
                .build();
        assertThat(groups).containsExactly(List.of("kassamedewerker", "caissiere"));
    }

    @Test
    void dropsLabelsTheStemmerAlreadyBringsTogether() {
        assertThat(new SynonymGroups()
                        .addConcept(List.of("kassamedewerker", "kassamedewerkers"))
                        .build())
                .isEmpty();
    }

    @Test
    void dropsALabelUsedByTwoConcepts() {
        List<List<String>> groups = new SynonymGroups()
                .addConcept(List.of("kok", "kokkin", "keukenhulp"))
                .addConcept(List.of("afwasser", "keukenhulp", "vaatwasser"))
                .build();
        assertThat(groups).containsExactly(List.of("afwasser", "vaatwasser"), List.of("kok", "kokkin"));
    }

    @Test
    void dropsAnAlternativeLabelThatIsAGeneralWordInOtherLabels() {
        List<List<String>> groups = new SynonymGroups(2, 2, 12)
                .addConcept(List.of("kok", "kokkin", "chef"))
                .addConcept(List.of("chef bediening", "hoofd bediening"))
                .addConcept(List.of("chef receptie", "hoofd receptie"))
                .build();
        assertThat(groups).contains(List.of("kok", "kokkin")).noneMatch(group -> group.contains("chef"));
    }

    @Test
    void dropsShortAlternativeLabelsAndOversizedGroups() {
        assertThat(new SynonymGroups()
                        .addConcept(List.of("zanger", "alt", "bas", "zangeres"))
                        .build())
                .containsExactly(List.of("zanger", "zangeres"));
        assertThat(new SynonymGroups(2, 3, 3)
                        .addConcept(List.of("zanger", "tenor", "sopraan", "bariton"))
                        .build())
                .isEmpty();
    }

    @Test
    void refusesSettingsThatMakeNoGroups() {
        assertThatThrownBy(() -> new SynonymGroups(0, 3, 12)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SynonymGroups(2, 3, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    /** On ESCO's real Dutch labels: the groups an index build derives, with their counts reported. */
    @Test
    @FullData
    void escoLabelsGiveConservativeGroups() {
        List<List<String>> occupations = new SynonymGroups()
                .addConcepts(RealTexts.escoLabels("occupations_nl.csv"))
                .build();
        List<List<String>> skills = new SynonymGroups()
                .addConcepts(RealTexts.escoLabels("skills_nl.csv"))
                .build();
        List<List<String>> all = RealTexts.derivedSynonyms();
        System.out.printf(
                "ESCO synonym groups: %d from occupations, %d from skills, %d together (%d labels)%n",
                occupations.size(),
                skills.size(),
                all.size(),
                all.stream().mapToInt(List::size).sum());
        assertThat(all).anyMatch(group -> group.containsAll(List.of("kok", "kokkin")));
        assertThat(all).anyMatch(group -> group.containsAll(List.of("kassamedewerker", "caissiere")));
        assertThat(all).allMatch(group -> group.size() >= 2 && group.size() <= SynonymGroups.DEFAULT_MAX_GROUP);
        assertThat(all).noneMatch(group -> group.contains("chef"));
        assertThat(all).allMatch(group -> group.stream().allMatch(label -> label.split(" ").length <= 2));
        // Usable as they are: the factory builds its synonym map from them, and a query for one label finds
        // the others of its group.
        AnalyzerFactory factory = new AnalyzerFactory(new AnalysisResources(RealTexts.derivedDictionary(), all));
        assertThat(TokenStreamAssert.terms(factory.dutchWithSynonyms(), "kokkin"))
                .containsAll(TokenStreamAssert.terms(factory.dutch(), "kok"));
    }
}
