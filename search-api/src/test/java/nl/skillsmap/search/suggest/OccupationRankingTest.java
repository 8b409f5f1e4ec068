package nl.skillsmap.search.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.skillsmap.analysis.AnalysisResources;
import nl.skillsmap.index.IndexBuilder;
import nl.skillsmap.index.IndexLocation;
import nl.skillsmap.model.Corpus;
import nl.skillsmap.model.Occupation;
import nl.skillsmap.model.Provenance;
import nl.skillsmap.search.index.IndexSnapshot;
import nl.skillsmap.search.index.SkillsmapIndex;
import nl.skillsmap.search.testing.FixtureCorpus;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OccupationRankingTest {

    @TempDir
    Path dir;

    private SkillsmapIndex index;
    private IndexSnapshot snapshot;
    private IndexSearcher searcher;
    private OccupationRanking ranking;

    @BeforeEach
    void open() throws IOException {
        index = SkillsmapIndex.open(FixtureCorpus.buildIndex(dir));
        snapshot = index.acquire();
        searcher = snapshot.searcher();
        ranking = OccupationRanking.load(searcher, snapshot.analyzers());
    }

    @AfterEach
    void close() throws IOException {
        index.release(snapshot);
        index.close();
    }

    @Test
    void aFemaleFormFindsTheOccupationByItsAlternativeLabel() throws IOException {
        List<JobTitleMatch> matches = ranking.rank(searcher, "Kokkin", 3);
        assertThat(matches.getFirst().uri()).isEqualTo(FixtureCorpus.COOK_OCCUPATION);
        assertThat(matches.getFirst().matchedLabel()).isEqualTo("kokkin");
    }

    @Test
    void aCompoundWrittenDifferentlyStillMatchesByItsParts() throws IOException {
        // "magazijn medewerkster" shares most grams with "magazijnmedewerker", few with the other labels.
        assertThat(ranking.rank(searcher, "magazijn medewerkster", 3).getFirst().uri())
                .isEqualTo(FixtureCorpus.WAREHOUSE_WORKER);
    }

    @Test
    void everyLabelIsScoredAndTheBestComesFirst() throws IOException {
        JobTitleMatch shop = ranking.rank(searcher, "verkoopmedewerker", 3).getFirst();
        assertThat(shop.uri()).isEqualTo(FixtureCorpus.SHOP_ASSISTANT);
        assertThat(shop.labels())
                .extracting(JobTitleMatch.LabelMatch::label)
                .containsExactly("verkoopmedewerker", "winkelmedewerker");
        assertThat(shop.labels().get(0).similarity())
                .isGreaterThan(shop.labels().get(1).similarity());
        assertThat(shop.labels()).noneMatch(JobTitleMatch.LabelMatch::hidden);
        assertThat(shop.shownLabels()).containsExactly("verkoopmedewerker", "winkelmedewerker");
    }

    @Test
    void onlyOccupationsAreRankedAndTheLimitHolds() throws IOException {
        // Qualifications of the fixture have "medewerker" in their names too; only occupations may come back.
        assertThat(ranking.rank(searcher, "medewerker", 2))
                .hasSize(2)
                .allSatisfy(m -> assertThat(m.uri()).startsWith("http://data.europa.eu/esco/occupation/"));
    }

    @Test
    void aWordCountsByItsRarityNotItsLength(@TempDir Path other) throws IOException {
        // "algemeen" is long but common among the labels, "IC" short but rare: the general nurse is the better
        // answer to a bare "verpleegkundige", as only a rare extra word makes an occupation more specific.
        Provenance esco = new Provenance("esco", "test", Provenance.Quality.OFFICIAL);
        List<Occupation> occupations = Stream.of(
                        "algemeen verpleegkundige",
                        "IC-verpleegkundige",
                        "algemeen directeur",
                        "algemeen adviseur",
                        "algemeen medewerker",
                        "algemeen secretaris")
                .map(label -> new Occupation(
                        "http://data.europa.eu/esco/occupation/" + label.replace(' ', '-'),
                        null,
                        null,
                        label,
                        "nl",
                        List.of(),
                        List.of(),
                        null,
                        List.of(),
                        List.of(),
                        esco))
                .toList();
        Corpus corpus = new Corpus(List.of(), List.of(), List.of(), occupations, List.of());
        IndexLocation location = new IndexLocation(other.resolve("index"));
        new IndexBuilder(line -> {}).build(corpus, AnalysisResources.empty(), location, "test");
        try (SkillsmapIndex nurses = SkillsmapIndex.open(location)) {
            IndexSnapshot nurseSnapshot = nurses.acquire();
            try {
                IndexSearcher nurseSearcher = nurseSnapshot.searcher();
                List<JobTitleMatch> matches = OccupationRanking.load(nurseSearcher, nurseSnapshot.analyzers())
                        .rank(nurseSearcher, "Verpleegkundige", 2);
                assertThat(matches)
                        .extracting(JobTitleMatch::label)
                        .containsExactly("algemeen verpleegkundige", "IC-verpleegkundige");
            } finally {
                nurses.release(nurseSnapshot);
            }
        }
    }

    @Test
    void aTitleWithoutWordsFindsNothing() throws IOException {
        assertThat(ranking.rank(searcher, " - ", 5)).isEmpty();
        assertThat(ranking.rank(searcher, "kok", 0)).isEmpty();
    }
}
