package nl.skillsmap.search.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nl.skillsmap.analysis.AnalysisResources;
import nl.skillsmap.analysis.AnalyzerFactory;
import nl.skillsmap.model.Occupation;
import nl.skillsmap.model.Provenance;
import nl.skillsmap.search.index.IndexSnapshot;
import nl.skillsmap.search.index.SkillsmapIndex;
import nl.skillsmap.search.testing.FixtureCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelatedOccupationsServiceTest {

    private static final Provenance ESCO = new Provenance("esco", "test", Provenance.Quality.OFFICIAL);
    private static final AnalyzerFactory ANALYZERS = new AnalyzerFactory(AnalysisResources.empty());

    @TempDir
    Path dir;

    @Test
    void ranksTheOccupationSharingMoreSkillsFirstAndNeverTheSourceItself() throws IOException {
        try (SkillsmapIndex index = SkillsmapIndex.open(FixtureCorpus.buildIndex(dir))) {
            IndexSnapshot snapshot = index.acquire();
            // The occupations as the server holds them: the catalogue read from the index's stored records.
            RelatedOccupationsService service = RelatedOccupationsService.of(
                    List.copyOf(snapshot.catalogue().occupations()), snapshot.analyzers());
            index.release(snapshot);
            List<RelatedOccupation> related =
                    service.related(FixtureCorpus.SHOP_ASSISTANT, 10).orElseThrow();
            // The warehouse worker shares stock and orders with the shop assistant, the cook only stock.
            assertThat(related)
                    .extracting(RelatedOccupation::uri)
                    .containsExactly(FixtureCorpus.WAREHOUSE_WORKER, FixtureCorpus.COOK_OCCUPATION);
            assertThat(related.getFirst().sharedSkills())
                    .containsExactlyInAnyOrder(FixtureCorpus.SKILL_STOCK, FixtureCorpus.SKILL_ORDERS);
            assertThat(related.getFirst().sharedSkillCount()).isEqualTo(2);
        }
    }

    @Test
    void anUnknownOccupationHasNoRanking() {
        RelatedOccupationsService service =
                RelatedOccupationsService.of(List.of(occupation("a", "1111", List.of("s1"), List.of())), ANALYZERS);
        assertThat(service.related("http://example.org/unknown", 5)).isEmpty();
    }

    @Test
    void aRareSharedSkillOutweighsACommonOne() {
        // "common" is a skill every occupation has; "rare" only the source and one other.
        RelatedOccupationsService service = RelatedOccupationsService.of(
                List.of(
                        occupation("source", "1111", List.of("common", "rare", "own"), List.of()),
                        occupation("sharesRare", "2222", List.of("rare", "x"), List.of()),
                        occupation("sharesCommon", "3333", List.of("common", "y"), List.of()),
                        occupation("alsoCommon", "4444", List.of("common", "z"), List.of())),
                ANALYZERS);
        assertThat(service.related(uri("source"), 3).orElseThrow())
                .extracting(RelatedOccupation::uri)
                .startsWith(uri("sharesRare"));
    }

    @Test
    void theSameIscoGroupSeparatesOccupationsThatShareEquallyMuch() {
        RelatedOccupationsService service = RelatedOccupationsService.of(
                List.of(
                        occupation("source", "7111", List.of("a", "b"), List.of()),
                        occupation("otherGroup", "2222", List.of("a", "c"), List.of()),
                        occupation("sameGroup", "7111", List.of("a", "d"), List.of())),
                ANALYZERS);
        assertThat(service.related(uri("source"), 3).orElseThrow())
                .extracting(RelatedOccupation::uri)
                .containsExactly(uri("sameGroup"), uri("otherGroup"));
    }

    @Test
    void aSharedIscoUnitGroupCountsMoreThanASharedMajorGroup() {
        RelatedOccupationsService service = RelatedOccupationsService.of(
                List.of(
                        occupation("source", "7111", List.of("a", "b"), List.of()),
                        occupation("sameMajorGroup", "7211", List.of("a", "c"), List.of()),
                        occupation("sameUnitGroup", "7111", List.of("a", "d"), List.of()),
                        occupation("sameMinorGroup", "7112", List.of("a", "e"), List.of()),
                        occupation("otherGroup", "2222", List.of("a", "f"), List.of())),
                ANALYZERS);
        assertThat(service.related(uri("source"), 5).orElseThrow())
                .extracting(RelatedOccupation::uri)
                .containsExactly(uri("sameUnitGroup"), uri("sameMinorGroup"), uri("sameMajorGroup"), uri("otherGroup"));
    }

    @Test
    void anOptionalSharedSkillCountsToo() {
        RelatedOccupationsService service = RelatedOccupationsService.of(
                List.of(
                        occupation("source", "1111", List.of("a"), List.of("b")),
                        occupation("sharesOptional", "2222", List.of("c"), List.of("b")),
                        occupation("sharesNothing", "3333", List.of("d"), List.of())),
                ANALYZERS);
        assertThat(service.related(uri("source"), 3).orElseThrow())
                .extracting(RelatedOccupation::uri)
                .startsWith(uri("sharesOptional"));
    }

    @Test
    void sharingAllOfTheSourcesSkillsBeatsSharingOneEvenWithManySkillsOfItsOwn() {
        // Under plain cosine the broad occupation's six extra skills would sink it below the narrow one.
        RelatedOccupationsService service = RelatedOccupationsService.of(
                List.of(
                        occupation("source", "1111", List.of("a", "b"), List.of()),
                        occupation("broad", "2222", List.of("a", "b", "c", "d", "e", "f", "g", "h"), List.of()),
                        occupation("narrow", "3333", List.of("a"), List.of())),
                ANALYZERS);
        assertThat(service.related(uri("source"), 3).orElseThrow())
                .extracting(RelatedOccupation::uri)
                .containsExactly(uri("broad"), uri("narrow"));
    }

    @Test
    void theLimitCutsTheRanking() {
        RelatedOccupationsService service = RelatedOccupationsService.of(
                List.of(
                        occupation("source", "1111", List.of("a"), List.of()),
                        occupation("b", "2222", List.of("a"), List.of()),
                        occupation("c", "3333", List.of("a"), List.of())),
                ANALYZERS);
        assertThat(service.related(uri("source"), 1).orElseThrow()).hasSize(1);
        assertThat(service.related(uri("source"), 0).orElseThrow()).isEmpty();
    }

    private static String uri(String name) {
        return "http://data.europa.eu/esco/occupation/" + name;
    }

    private static Occupation occupation(String name, String isco, List<String> essential, List<String> optional) {
        return new Occupation(
                uri(name),
                isco + ".1",
                isco,
                name,
                "nl",
                List.of(),
                List.of(),
                null,
                essential.stream()
                        .map(s -> "http://data.europa.eu/esco/skill/" + s)
                        .toList(),
                optional.stream()
                        .map(s -> "http://data.europa.eu/esco/skill/" + s)
                        .toList(),
                ESCO);
    }
}
