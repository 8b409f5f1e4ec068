package nl.skillsmap.search.related;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import nl.skillsmap.analysis.AnalyzerFactory;
import nl.skillsmap.model.Occupation;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * "Occupations that share my skills": ranks every other ESCO occupation by how much of its work it shares with
 * one occupation.
 *
 * <p>The occupations are indexed as small Lucene documents with one field per kind of evidence: their skills
 * (essential and optional), their description (Dutch analysis chain), their preferred label (character n-grams:
 * "monteur" next to "monteur") and the levels of their ISCO group ("7", "72", "723", "7233"). The query for one
 * occupation is its own terms, each boosted by its BM25 weight in that occupation, the weights of one field scaled
 * to unit length and then by the field's weight in {@link #WEIGHTS}: an occupation's score is the dot product of
 * the two occupations' BM25 vectors, field by field. BM25's statistics do what kinship needs: a skill that many
 * occupations list, such as "teamwork", says little and a rare one much; an occupation with many skills is charged
 * in part for those beyond the source's ({@link #LENGTH_NORMALISATION}); a shared ISCO unit group, rarer than its
 * major group, counts more. The weights and the length normalisation were chosen by 5-fold cross-validation on the
 * related-occupation evaluation set.
 */
public final class RelatedOccupationsService {

    private static final String URI = "uri";
    private static final String SKILLS = "skills";
    private static final String DESCRIPTION = "description";
    private static final String LABEL = "label";
    private static final String ISCO = "isco";

    /** What each field's similarity adds to relatedness (sorted, so every ranking sums in one order). */
    private static final Map<String, Float> WEIGHTS =
            new TreeMap<>(Map.of(SKILLS, 1f, DESCRIPTION, 0.4f, LABEL, 0.1f, ISCO, 0.4f));
    /**
     * BM25's b: how far a long field is charged for its length. Well below BM25's default 0.75, so an occupation
     * with many skills is not punished in full for the skills it has beyond the source's, which a person moving
     * there would learn anyway.
     */
    private static final float LENGTH_NORMALISATION = 0.3f;

    private static final BM25Similarity SIMILARITY =
            new BM25Similarity(new BM25Similarity().getK1(), LENGTH_NORMALISATION);
    private static final FieldType KEYWORDS = withTermVectors(false);
    private static final FieldType TEXT = withTermVectors(true);
    private static final Sort BY_SCORE_THEN_URI =
            new Sort(SortField.FIELD_SCORE, new SortField(URI, SortField.Type.STRING));

    private final Map<String, Occupation> occupations = new LinkedHashMap<>();
    private final IndexSearcher searcher;

    private RelatedOccupationsService(List<Occupation> occupations, AnalyzerFactory analyzers) throws IOException {
        occupations.forEach(o -> this.occupations.put(o.uri(), o));
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        var analyzer = new PerFieldAnalyzerWrapper(analyzers.dutch(), Map.of(LABEL, analyzers.labelGrams()));
        try (IndexWriter writer =
                new IndexWriter(directory, new IndexWriterConfig(analyzer).setSimilarity(SIMILARITY))) {
            for (Occupation o : this.occupations.values()) {
                writer.addDocument(document(o));
            }
        }
        searcher = new IndexSearcher(DirectoryReader.open(directory));
        searcher.setSimilarity(SIMILARITY);
    }

    /** Builds the service over occupations a caller holds already (the index's records, read once). */
    public static RelatedOccupationsService of(List<Occupation> occupations, AnalyzerFactory analyzers) {
        try {
            return new RelatedOccupationsService(occupations, analyzers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The {@code limit} occupations most related to the one with {@code uri}, most related first; empty when no
     * occupation has that URI. Occupations sharing nothing with it (no skill, word or ISCO group) are not listed.
     */
    public Optional<List<RelatedOccupation>> related(String uri, int limit) {
        Occupation source = occupations.get(uri);
        if (source == null) {
            return Optional.empty();
        }
        if (limit <= 0) {
            return Optional.of(List.of());
        }
        try {
            Term self = new Term(URI, uri);
            int doc = searcher.search(new TermQuery(self), 1).scoreDocs[0].doc;
            BooleanQuery.Builder query =
                    new BooleanQuery.Builder().add(new TermQuery(self), BooleanClause.Occur.MUST_NOT);
            for (Map.Entry<String, Float> field : WEIGHTS.entrySet()) {
                addOwnTerms(query, doc, field.getKey(), field.getValue());
            }
            // The source's skills with how many occupations list each, read once for all the hits it shares them with.
            Map<String, Integer> ownSkills = new HashMap<>();
            for (String skill : distinctSkills(source)) {
                ownSkills.put(skill, searcher.getIndexReader().docFreq(new Term(SKILLS, skill)));
            }
            List<RelatedOccupation> related = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query.build(), limit, BY_SCORE_THEN_URI, true).scoreDocs) {
                Occupation other = occupations.get(
                        searcher.storedFields().document(hit.doc).get(URI));
                related.add(describe(ownSkills, other, hit.score));
            }
            return Optional.of(List.copyOf(related));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds the terms of {@code doc}'s field, each boosted by its BM25 weight there, the field's at unit length. */
    private void addOwnTerms(BooleanQuery.Builder query, int doc, String field, float weight) throws IOException {
        Terms terms = searcher.getIndexReader().termVectors().get(doc, field);
        CollectionStatistics collection = searcher.collectionStatistics(field);
        if (terms == null || collection == null) {
            return;
        }
        NumericDocValues norms = MultiDocValues.getNormValues(searcher.getIndexReader(), field);
        long norm = norms.advanceExact(doc) ? norms.longValue() : 1L;
        Map<TermQuery, Float> own = new LinkedHashMap<>();
        double squares = 0;
        for (TermsEnum e = terms.iterator(); e.next() != null; ) {
            Term term = new Term(field, BytesRef.deepCopyOf(e.term()));
            TermStates states = TermStates.build(searcher, term, true);
            float w = SIMILARITY
                    .scorer(1f, collection, searcher.termStatistics(term, states.docFreq(), states.totalTermFreq()))
                    .score(e.totalTermFreq(), norm);
            own.put(new TermQuery(term, states), w);
            squares += w * w;
        }
        double scale = weight / Math.sqrt(squares);
        own.forEach((q, w) -> query.add(new BoostQuery(q, (float) (scale * w)), BooleanClause.Occur.SHOULD));
    }

    /**
     * @param ownSkills the source's skills, each with how many occupations list it
     */
    private static RelatedOccupation describe(Map<String, Integer> ownSkills, Occupation other, double score) {
        Map<String, Integer> shared = new TreeMap<>();
        for (String skill : distinctSkills(other)) {
            Integer listedBy = ownSkills.get(skill);
            if (listedBy != null) {
                shared.put(skill, listedBy);
            }
        }
        // The most distinctive first: the skills fewest occupations list.
        List<String> rarestFirst = shared.keySet().stream()
                .sorted(Comparator.comparing(shared::get))
                .limit(RelatedOccupation.SHOWN)
                .toList();
        return new RelatedOccupation(other.uri(), other.label(), other.iscoGroup(), score, shared.size(), rarestFirst);
    }

    private static Document document(Occupation o) {
        Document doc = new Document();
        doc.add(new StringField(URI, o.uri(), Field.Store.YES));
        doc.add(new SortedDocValuesField(URI, new BytesRef(o.uri())));
        distinctSkills(o).forEach(s -> doc.add(new Field(SKILLS, s, KEYWORDS)));
        if (o.description() != null) {
            doc.add(new Field(DESCRIPTION, o.description(), TEXT));
        }
        doc.add(new Field(LABEL, o.label(), TEXT));
        for (int digits = 1; o.iscoGroup() != null && digits <= o.iscoGroup().length(); digits++) {
            doc.add(new Field(ISCO, o.iscoGroup().substring(0, digits), KEYWORDS));
        }
        return doc;
    }

    /** Indexed with frequencies and length norms, and with term vectors: a source's own terms are its query. */
    private static FieldType withTermVectors(boolean tokenized) {
        FieldType type = new FieldType();
        type.setTokenized(tokenized);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.setStoreTermVectors(true);
        type.freeze();
        return type;
    }

    private static Set<String> distinctSkills(Occupation occupation) {
        Set<String> all = new LinkedHashSet<>(occupation.essentialSkills());
        all.addAll(occupation.optionalSkills());
        return all;
    }
}
