package nl.skillsmap.search.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.skillsmap.analysis.AnalysisResources;
import nl.skillsmap.analysis.AnalyzerFactory;
import nl.skillsmap.index.DocType;
import nl.skillsmap.index.IndexSchema;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ProfileSearchTest {

    private static final AnalyzerFactory ANALYZERS = new AnalyzerFactory(AnalysisResources.empty());
    private static Directory directory;
    private static DirectoryReader reader;

    @BeforeAll
    static void indexProfiles() throws IOException {
        directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(ANALYZERS.dutch()))) {
            // Says one word of the phrase over and over, and never "agenda".
            writer.addDocument(profile(
                    "repeats",
                    "Beheert afspraken: afspraken maken, afspraken verzetten, afspraken "
                            + "bevestigen en afspraken beheren"));
            // Says every word of the phrase once.
            writer.addDocument(profile(
                    "whole",
                    "Beheert de agenda en de afspraken van de afdeling, regelt de planning van het "
                            + "werk, de ontvangst van bezoekers, de telefoon en de post"));
            for (int i = 0; i < 8; i++) {
                writer.addDocument(profile("other" + i, "Bereidt maaltijden en werkt hygienisch in de keuken " + i));
            }
        }
        reader = DirectoryReader.open(directory);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        directory.close();
    }

    private static Document profile(String id, String text) {
        Document doc = new Document();
        doc.add(new StringField(IndexSchema.TYPE, DocType.QUALIFICATION.key(), Field.Store.NO));
        doc.add(new StringField(IndexSchema.ID, id, Field.Store.YES));
        doc.add(new TextField(IndexSchema.PROFILE, text, Field.Store.NO));
        return doc;
    }

    private static Map<String, ProfileSearch.Hit> search(String phrase) {
        ProfileSearch profiles = ProfileSearch.qualifications(ANALYZERS.dutch());
        IndexSearcher searcher = new IndexSearcher(reader);
        List<ProfileSearch.Hit> hits = profiles.search(searcher, profiles.analyse(phrase), doc -> {
            try {
                return searcher.storedFields().document(doc).get(IndexSchema.ID);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return hits.stream().collect(Collectors.toMap(ProfileSearch.Hit::id, h -> h));
    }

    @Test
    void aProfileSayingTheWholePhraseIsStrongerThanOneRepeatingPartOfIt() {
        Map<String, ProfileSearch.Hit> hits = search("agenda en afspraken beheren");

        assertThat(hits).containsKeys("repeats", "whole");
        assertThat(hits.get("whole").strength())
                .isGreaterThan(hits.get("repeats").strength());
        assertThat(hits.get("whole").words()).containsExactly("agenda", "afspraken", "beheren");
        assertThat(hits.get("repeats").words()).containsExactly("afspraken", "beheren");
    }

    @Test
    void aProfileMissingAWordOfThePhraseIsHeldBelowTheShareOfThePhraseItHolds() throws IOException {
        Map<String, ProfileSearch.Hit> hits = search("agenda en afspraken beheren");
        IndexSearcher searcher = new IndexSearcher(reader);
        double agenda = idf(searcher, "agenda");
        double phrase = agenda + idf(searcher, "afsprak") + idf(searcher, "beher");

        // "repeats" says "afspraken" five times but never "agenda": however strong its BM25 score, its strength
        // is at most the square root of the share of the phrase's weight it holds.
        assertThat(hits.get("repeats").strength()).isLessThanOrEqualTo(Math.sqrt((phrase - agenda) / phrase) + 1e-3);
        assertThat(hits.values()).allSatisfy(h -> assertThat(h.strength()).isBetween(0.0, 1.0));
    }

    /** Lucene's BM25 idf of an analysed term in the profile field. */
    private static double idf(IndexSearcher searcher, String term) throws IOException {
        long docs = searcher.collectionStatistics(IndexSchema.PROFILE).docCount();
        int df = searcher.getIndexReader().docFreq(new org.apache.lucene.index.Term(IndexSchema.PROFILE, term));
        assertThat(df).as("document frequency of " + term).isPositive();
        return Math.log(1 + (docs - df + 0.5) / (df + 0.5));
    }

    @Test
    void aTextOfMoreWordsThanOneQueryTakesIsSearchedByItsRarest() {
        // Each profile word of the phrase, and more words besides than a Lucene query may have clauses.
        StringBuilder text = new StringBuilder("agenda en afspraken beheren");
        for (int i = 0; i < org.apache.lucene.search.IndexSearcher.getMaxClauseCount() + 100; i++) {
            text.append(" keuken").append(i);
        }

        Map<String, ProfileSearch.Hit> hits = search(text.toString());

        assertThat(hits).containsKey("whole");
        assertThat(hits.get("whole").words()).contains("agenda", "afspraken");
    }

    @Test
    void aCompoundsModifierSaysNothingWhereNoProfileHoldsTheCompoundOrItsHead() {
        // "orderpicken": the word and its head "pick" are in no profile, its modifier "order" is (a work order).
        ProfileSearch.Word orderpicken = word(List.of("orderpick"), Set.of("pick"), Set.of("order"));
        // "voorraadbeleid": the word is in no profile, its head "beleid" is.
        ProfileSearch.Word voorraadbeleid = word(List.of("voorraadbeleid"), Set.of("beleid"), Set.of("voorrad"));

        assertThat(ProfileSearch.headless(List.of(orderpicken), Set.of("order")))
                .containsExactly("order");
        assertThat(ProfileSearch.headless(List.of(orderpicken), Set.of("order", "pick")))
                .as("with the head held, the modifier narrows it")
                .isEmpty();
        assertThat(ProfileSearch.headless(List.of(orderpicken), Set.of("order", "orderpick")))
                .isEmpty();
        assertThat(ProfileSearch.headless(List.of(voorraadbeleid), Set.of("voorrad", "beleid")))
                .isEmpty();
        // "orders en orderpicken": the phrase says "order" as a word of its own too.
        ProfileSearch.Word orders = word(List.of("order"), Set.of(), Set.of());
        assertThat(ProfileSearch.headless(List.of(orderpicken, orders), Set.of("order")))
                .isEmpty();
    }

    private static ProfileSearch.Word word(List<String> own, Set<String> head, Set<String> modifiers) {
        return new ProfileSearch.Word(own, head, modifiers);
    }

    @Test
    void aPhraseOfWordsNoProfileHoldsOrOfStopWordsOnlyFindsNothingAndFailsNot() {
        assertThat(search("heftruck besturen")).isEmpty();
        assertThat(search("de en het")).isEmpty();
    }
}
