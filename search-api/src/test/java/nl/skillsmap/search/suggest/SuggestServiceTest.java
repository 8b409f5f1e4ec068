package nl.skillsmap.search.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import nl.skillsmap.analysis.AnalysisResources;
import nl.skillsmap.index.DocType;
import nl.skillsmap.index.IndexBuilder;
import nl.skillsmap.index.IndexLocation;
import nl.skillsmap.model.Corpus;
import nl.skillsmap.model.Occupation;
import nl.skillsmap.model.Provenance;
import nl.skillsmap.search.index.SkillsmapIndex;
import nl.skillsmap.search.testing.FixtureCorpus;
import nl.skillsmap.search.testing.FixtureIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(FixtureIndex.class)
class SuggestServiceTest {

    private static SkillsmapIndex index;
    private static SuggestService suggest;

    @BeforeAll
    static void openFixtureIndex(SkillsmapIndex fixture) {
        index = fixture;
        suggest = new SuggestService(index);
    }

    @Test
    void aWordStartFindsTitlesAndLabelsWithThatWord() {
        List<Suggestion> suggestions = suggest.suggest("voorr", 8).suggestions();

        assertThat(suggestions)
                .extracting(Suggestion::text)
                .contains(
                        "voorraad beheren",
                        "Controleert de voorraad en doet bestelvoorstellen",
                        "Stelt het voorraadbeleid en de inkoop op");
        assertThat(suggestions)
                .allSatisfy(s -> assertThat(s.text().toLowerCase()).contains("voorr"));
    }

    @Test
    void textsStartingWithTheTypedWordComeFirst() {
        assertThat(suggest.suggest("voorr", 8).suggestions().getFirst())
                .isEqualTo(new Suggestion("voorraad beheren", "skill", FixtureCorpus.SKILL_STOCK));
    }

    @Test
    void theSameWorkProcessInSeveralQualificationsIsSuggestedOnce() {
        List<Suggestion> suggestions = suggest.suggest("bestelvoor", 8).suggestions();

        assertThat(suggestions)
                .containsExactly(new Suggestion(
                        "Controleert de voorraad en doet bestelvoorstellen",
                        "workProcess",
                        FixtureCorpus.SALES + "-B1-K1-W2"));
    }

    @Test
    void anAlternativeLabelIsShownWhenThatIsWhatMatches() {
        assertThat(suggest.suggest("orderp", 8).suggestions())
                .containsExactly(
                        new Suggestion("orderpicker", "occupation", FixtureCorpus.WAREHOUSE_WORKER),
                        new Suggestion("orderpicken", "skill", FixtureCorpus.SKILL_ORDERS),
                        new Suggestion(
                                "Verzamelt orders (orderpicken)",
                                "workProcess",
                                FixtureCorpus.LOGISTICS + "-B1-K2-W1"));
    }

    @Test
    void equalTextsOfDifferentTypesAreBothShown() {
        assertThat(suggest.suggest("kok", 8).suggestions())
                .containsExactly(
                        new Suggestion("Kok", "qualification", FixtureCorpus.COOK),
                        new Suggestion("kok", "occupation", FixtureCorpus.COOK_OCCUPATION),
                        new Suggestion("koken", "skill", FixtureCorpus.SKILL_COOKING));
    }

    @Test
    void aCompoundPartCountsAsAWordStart() {
        assertThat(suggest.suggest("belei", 8).suggestions())
                .extracting(Suggestion::text)
                .containsExactly("Stelt het voorraadbeleid en de inkoop op");
    }

    @Test
    void everyTypedWordMustStartAWord() {
        assertThat(suggest.suggest("contr voor", 8).suggestions())
                .extracting(Suggestion::text)
                .containsExactly("Controleert de voorraad en doet bestelvoorstellen");
        assertThat(suggest.suggest("contr kassa", 8).suggestions()).isEmpty();
    }

    @Test
    void oneTypeTakesAtMostHalfThePlacesWhileOthersWait() {
        // Work processes starting with "be" outrank the skill "kassa bedienen", whose second word starts so.
        assertThat(suggest.suggest("be", 20).suggestions())
                .extracting(Suggestion::type)
                .startsWith("workProcess", "workProcess", "workProcess", "workProcess");

        assertThat(suggest.suggest("be", 2).suggestions())
                .extracting(Suggestion::text)
                .containsExactly("Begeleidt nieuwe collega's", "kassa bedienen");
    }

    @Test
    void askedForTypesAreTheOnlyOnesSuggestedAndMayTakeEveryPlace() {
        List<Suggestion> skills =
                suggest.suggest("be", 4, Set.of(DocType.SKILL)).suggestions();
        assertThat(skills).extracting(Suggestion::type).isNotEmpty().containsOnly("skill");
        assertThat(skills).extracting(Suggestion::text).contains("kassa bedienen");

        // Without the filter the work processes take the first places; with it they fill every place.
        assertThat(suggest.suggest("be", 4, Set.of(DocType.WORK_PROCESS)).suggestions())
                .hasSize(4)
                .extracting(Suggestion::type)
                .containsOnly("workProcess");
        assertThat(suggest.suggest("be", 4, Set.of()).suggestions())
                .extracting(Suggestion::type)
                .contains("skill");
    }

    @Test
    void anOccupationPickerFindsTheOccupationOfAJobTitleThatNoLabelStartsWith() {
        Set<DocType> occupations = Set.of(DocType.OCCUPATION);
        // "winkelmedewerkster" starts no label; as a job title it is most like "winkelmedewerker".
        assertThat(suggest.suggest("winkelmedewerkster", 8, Set.of()).suggestions())
                .isEmpty();
        assertThat(suggest.suggest("winkelmedewerkster", 8, occupations).suggestions())
                .first()
                .isEqualTo(new Suggestion("winkelmedewerker", "occupation", FixtureCorpus.SHOP_ASSISTANT));
        // Only a picker of occupations alone ranks job titles; text like no label fills no places.
        assertThat(suggest.suggest("winkelmedewerkster", 8, Set.of(DocType.OCCUPATION, DocType.SKILL))
                        .suggestions())
                .isEmpty();
        assertThat(suggest.suggest("qxzvwq", 8, occupations).suggestions()).isEmpty();
    }

    @Test
    void anOccupationPickerShowsEachTextOnceAndNoHiddenLabel(@TempDir Path dir) throws IOException {
        try (SkillsmapIndex shared = occupationsOnly(
                dir,
                occupation("fire", "brandweercommandant", List.of("brandmanager"), List.of()),
                occupation("brand", "merkmanager", List.of("brandmanager"), List.of()),
                occupation("hair", "kapper", List.of("kapster"), List.of("kappr")))) {
            SuggestService picker = new SuggestService(shared);
            Set<DocType> only = Set.of(DocType.OCCUPATION);

            // Both occupations match "brandmanager" best; the second is offered by its own name.
            List<Suggestion> managers = picker.suggest("brandmanagr", 8, only).suggestions();
            assertThat(managers)
                    .extracting(Suggestion::id)
                    .containsExactlyInAnyOrder(ESCO_OCCUPATION + "fire", ESCO_OCCUPATION + "brand");
            assertThat(managers)
                    .extracting(Suggestion::text)
                    .doesNotHaveDuplicates()
                    .contains("brandmanager");

            // The hidden misspelling matches best, the occupation is shown by a label people see.
            assertThat(picker.suggest("kappr", 8, only).suggestions())
                    .first()
                    .isEqualTo(new Suggestion("kapper", "occupation", ESCO_OCCUPATION + "hair"));
        }
    }

    @Test
    void anOccupationPickerOffersTheOccupationsTheTypedWordsStartBeforeTheJobTitleRanking(@TempDir Path dir)
            throws IOException {
        // "kapp" starts "kapper"; as a job title it is most like the barber's hidden label "kapp".
        try (SkillsmapIndex shared = occupationsOnly(
                dir,
                occupation("hair", "kapper", List.of(), List.of()),
                occupation("barber", "barbier", List.of(), List.of("kapp")))) {
            assertThat(new SuggestService(shared)
                            .suggest("kapp", 8, Set.of(DocType.OCCUPATION))
                            .suggestions())
                    .containsExactly(
                            new Suggestion("kapper", "occupation", ESCO_OCCUPATION + "hair"),
                            new Suggestion("barbier", "occupation", ESCO_OCCUPATION + "barber"));
        }
    }

    private static final String ESCO_OCCUPATION = "http://data.europa.eu/esco/occupation/";

    private static Occupation occupation(String id, String label, List<String> alt, List<String> hidden) {
        return new Occupation(
                ESCO_OCCUPATION + id,
                null,
                null,
                label,
                "nl",
                alt,
                hidden,
                null,
                List.of(),
                List.of(),
                new Provenance("esco", "test", Provenance.Quality.OFFICIAL));
    }

    /** An index of these occupations alone, without a compound dictionary or synonyms. */
    private static SkillsmapIndex occupationsOnly(Path dir, Occupation... occupations) throws IOException {
        IndexLocation location = new IndexLocation(dir.resolve("index"));
        Corpus corpus = new Corpus(List.of(), List.of(), List.of(), List.of(occupations), List.of());
        new IndexBuilder(line -> {}).build(corpus, AnalysisResources.empty(), location, "test");
        return SkillsmapIndex.open(location);
    }

    @Test
    void anOccupationPickerOffersWordStartsFirstAndEachOccupationOnce() {
        List<Suggestion> picked =
                suggest.suggest("kok", 8, Set.of(DocType.OCCUPATION)).suggestions();

        assertThat(picked.getFirst()).isEqualTo(new Suggestion("kok", "occupation", FixtureCorpus.COOK_OCCUPATION));
        assertThat(picked).extracting(Suggestion::id).doesNotHaveDuplicates().hasSizeLessThanOrEqualTo(8);
        assertThat(picked).extracting(Suggestion::type).containsOnly("occupation");
    }

    @Test
    void suggestionsStartAtTwoCharacters() {
        assertThat(suggest.suggest("v", 8).suggestions()).isEmpty();
        assertThat(suggest.suggest("vo", 8).suggestions()).isNotEmpty();
    }

    @Test
    void theLimitIsRespected() {
        assertThat(suggest.suggest("vo", 3).suggestions()).hasSize(3);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"voorr",
                "voorr*",
                "title:voorr",
                "*",
                "((",
                "AND",
                "\\",
                "<b>",
                "\uD83D\uDE00",
                "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
            })
    void hostileInputIsTreatedAsText(String hostile) {
        assertThatCode(() -> suggest.suggest(hostile, 8)).doesNotThrowAnyException();
        // Syntax characters only separate words: what the words alone suggest, nothing for none.
        String words = hostile.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        assertThat(suggest.suggest(hostile, 8).suggestions())
                .isEqualTo(
                        words.isEmpty() ? List.of() : suggest.suggest(words, 8).suggestions());
    }

    @Test
    void aWildcardOrQuoteAroundAWordStartSuggestsWhatTheWordStartDoes() {
        List<Suggestion> plain = suggest.suggest("voorr", 8).suggestions();
        assertThat(plain).isNotEmpty();
        assertThat(suggest.suggest("voorr*", 8).suggestions()).isEqualTo(plain);
        assertThat(suggest.suggest("\"voorr", 8).suggestions()).isEqualTo(plain);
        assertThat(suggest.suggest("*", 8).suggestions()).isEmpty();
    }

    @Test
    void aWordLongerThanTheLongestIndexedPrefixStillFindsItsTitle() {
        assertThat(suggest.suggest("hygienevoorschriften", 8).suggestions())
                .extracting(Suggestion::id)
                .containsExactly(FixtureCorpus.SKILL_HYGIENE);
        assertThat(suggest.suggest("hygienevoorschriftenx", 8).suggestions())
                .extracting(Suggestion::id)
                .containsExactly(FixtureCorpus.SKILL_HYGIENE);
    }
}
