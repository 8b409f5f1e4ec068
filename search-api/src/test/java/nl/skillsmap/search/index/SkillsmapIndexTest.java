package nl.skillsmap.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import nl.skillsmap.index.IndexLocation;
import nl.skillsmap.index.IndexSchema;
import nl.skillsmap.search.testing.FixtureCorpus;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SkillsmapIndexTest {

    @TempDir
    Path dir;

    @Test
    void opensTheBuiltIndexAndFindsADocumentById() throws IOException {
        IndexLocation location = FixtureCorpus.buildIndex(dir);
        try (SkillsmapIndex index = SkillsmapIndex.open(location)) {
            IndexSnapshot snapshot = index.acquire();
            try {
                IndexSearcher searcher = snapshot.searcher();
                TopDocs hits = searcher.search(new TermQuery(IndexSchema.idTerm(FixtureCorpus.SALES)), 1);
                StoredFields stored = searcher.storedFields();
                assertThat(stored.document(hits.scoreDocs[0].doc).get(IndexSchema.TITLE))
                        .isEqualTo("Verkoper");
                assertThat(snapshot.manifest().counts())
                        .containsEntry("qualification", 7)
                        .containsEntry("occupation", 3);
            } finally {
                index.release(snapshot);
            }
        }
    }

    @Test
    void buildingTheSameCorpusTwiceGivesTheSameContentVersion() throws IOException {
        IndexLocation location = FixtureCorpus.buildIndex(dir);
        String first;
        try (SkillsmapIndex index = SkillsmapIndex.open(location)) {
            first = index.version();
        }
        FixtureCorpus.buildIndex(dir);
        try (SkillsmapIndex index = SkillsmapIndex.open(location)) {
            IndexSnapshot snapshot = index.acquire();
            try {
                assertThat(snapshot.version()).isEqualTo(first);
                assertThat(snapshot.manifest().counts().values().stream()
                                .mapToInt(Integer::intValue)
                                .sum())
                        .isEqualTo(7 + 27 + 2 + 6 + 3);
            } finally {
                index.release(snapshot);
            }
        }
    }

    @Test
    void aSnapshotHeldAcrossARebuildStaysReadableUntilReleasedAndTheNextRequestGetsTheNewIndex() throws IOException {
        IndexLocation location = FixtureCorpus.buildIndex(dir);
        try (SkillsmapIndex index = SkillsmapIndex.open(location)) {
            assertThat(index.refresh()).as("refresh without a new build").isFalse();
            IndexSnapshot held = index.acquire();
            FixtureCorpus.buildIndex(dir);

            assertThat(index.refresh()).as("refresh after a new build").isTrue();
            assertThat(held.searcher().count(new TermQuery(IndexSchema.idTerm(FixtureCorpus.SALES))))
                    .isEqualTo(1);
            assertThat(held.references()).isOne();
            IndexSnapshot next = index.acquire();
            try {
                assertThat(next.generation())
                        .isNotEqualTo(held.generation())
                        .isEqualTo(location.current().orElseThrow());
            } finally {
                index.release(next);
            }
            index.release(held);
            assertThat(held.references())
                    .as("references once the last holder released it")
                    .isZero();
        }
    }

    @Test
    void openingWithoutABuiltIndexSaysWhatToDo() {
        assertThatThrownBy(() -> SkillsmapIndex.open(new IndexLocation(dir.resolve("none"))))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("build one first");
    }
}
