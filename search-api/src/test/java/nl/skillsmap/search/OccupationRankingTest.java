package nl.skillsmap.search;

import nl.skillsmap.search.testing.FixtureCorpus;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OccupationRankingTest {

    @TempDir
    Path dir;

    private SkillsmapIndex index;
    private IndexSearcher searcher;
    private OccupationRanking ranking;

    @BeforeEach
    void open() throws IOException {
        index = SkillsmapIndex.open(FixtureCorpus.buildIndex(dir));
        searcher = index.acquire();
        ranking = OccupationRanking.load(searcher, index.analyzers());
    }

    @AfterEach
    void close() throws IOException {
        index.release(searcher);
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
        assertThat(shop.labels()).extracting(JobTitleMatch.LabelMatch::label)
                .containsExactly("verkoopmedewerker", "winkelmedewerker");
        assertThat(shop.labels().get(0).similarity()).isGreaterThan(shop.labels().get(1).similarity());
    }

    @Test
    void onlyOccupationsAreRankedAndTheLimitHolds() throws IOException {
        // Qualifications of the fixture have "medewerker" in their names too; only occupations may come back.
        assertThat(ranking.rank(searcher, "medewerker", 2)).hasSize(2)
                .allSatisfy(m -> assertThat(m.uri()).startsWith("http://data.europa.eu/esco/occupation/"));
    }

    @Test
    void aTitleWithoutWordsFindsNothing() throws IOException {
        assertThat(ranking.rank(searcher, " - ", 5)).isEmpty();
        assertThat(ranking.rank(searcher, "kok", 0)).isEmpty();
    }
}
