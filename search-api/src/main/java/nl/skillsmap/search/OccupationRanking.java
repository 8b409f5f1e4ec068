package nl.skillsmap.search;

import nl.skillsmap.analysis.AnalyzerFactory;
import nl.skillsmap.index.DocType;
import nl.skillsmap.index.IndexSchema;
import nl.skillsmap.index.StoredJson;
import nl.skillsmap.model.Occupation;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Ranks ESCO occupations for a job title ("Kledingretoucheur", "hulpkok").
 *
 * <p>Lucene finds candidate occupations by BM25 over the character n-grams of all their labels; each candidate
 * is then scored by its best-matching single label: the cosine of TF-IDF gram vectors, with document frequencies
 * taken from the index. Scoring one label at a time means an occupation neither gains from the number of its
 * labels nor is diluted by their length, and the label that matched can be shown. Two smaller signals settle
 * near-ties: the preferred label counts a little more than alternative ones (it is the occupation's own name,
 * where an alternative label is often shared with a neighbouring occupation), and the candidate's BM25 score over
 * all its labels adds a little for occupations whose other labels also resemble the title.
 *
 * <p>Built once per opened index: the gram vectors of every label are derived when loading (a few thousand
 * occupations, tens of thousands of labels), so a ranking costs one Lucene query and some sparse dot products.
 */
public final class OccupationRanking {

    /** Candidates taken from Lucene before label-level scoring; far more than any page of results. */
    private static final int CANDIDATES = 200;
    /** How much more a match on the preferred label counts than the same match on an alternative label. */
    private static final double PREFERRED_LABEL_BONUS = 0.1;
    /** Weight of the candidate's BM25 score (relative to the best candidate's) beside its best label. */
    private static final double ALL_LABELS_WEIGHT = 0.1;
    /** Pseudo gram id holding the weight of title grams that no label has. */
    private static final int UNSEEN = Integer.MAX_VALUE;

    private final Analyzer grams;
    private final Map<String, Integer> gramIds;
    private final float[] idf;
    private final float unseenIdf;
    private final Map<String, LabelledOccupation> occupations;

    /** An occupation with its distinct labels (preferred first) and their gram vectors. */
    private record LabelledOccupation(Occupation occupation, List<String> labels, List<GramVector> vectors) {
    }

    private OccupationRanking(Analyzer grams, Map<String, Integer> gramIds, float[] idf, float unseenIdf) {
        this.grams = grams;
        this.gramIds = gramIds;
        this.idf = idf;
        this.unseenIdf = unseenIdf;
        this.occupations = new HashMap<>();
    }

    /** Reads every occupation of the index and derives its label vectors. */
    public static OccupationRanking load(IndexSearcher searcher, AnalyzerFactory analyzers) throws IOException {
        Analyzer grams = analyzers.labelGrams();
        IndexReader reader = searcher.getIndexReader();
        TopDocs docs = searcher.search(new TermQuery(IndexSchema.typeTerm(DocType.OCCUPATION)),
                Math.max(1, reader.maxDoc()));
        StoredFields stored = searcher.storedFields();
        Map<String, Integer> gramIds = new HashMap<>();
        List<Occupation> read = new ArrayList<>(docs.scoreDocs.length);
        List<List<Map<String, Integer>>> gramsOf = new ArrayList<>(docs.scoreDocs.length);
        for (ScoreDoc doc : docs.scoreDocs) {
            Occupation occupation = StoredJson.read(
                    stored.document(doc.doc, Set.of(IndexSchema.JSON)).getBinaryValue(IndexSchema.JSON).bytes,
                    Occupation.class);
            List<Map<String, Integer>> labelGrams = new ArrayList<>();
            for (String label : labels(occupation)) {
                Map<String, Integer> tf = terms(grams, label);
                tf.keySet().forEach(g -> gramIds.putIfAbsent(g, gramIds.size()));
                labelGrams.add(tf);
            }
            read.add(occupation);
            gramsOf.add(labelGrams);
        }
        double documents = Math.max(1, reader.getDocCount(IndexSchema.LABEL_GRAMS));
        float[] idf = new float[gramIds.size()];
        for (Map.Entry<String, Integer> gram : gramIds.entrySet()) {
            idf[gram.getValue()] = idf(documents, reader.docFreq(new Term(IndexSchema.LABEL_GRAMS, gram.getKey())));
        }
        OccupationRanking ranking = new OccupationRanking(grams, gramIds, idf, idf(documents, 0));
        for (int i = 0; i < read.size(); i++) {
            Occupation occupation = read.get(i);
            ranking.occupations.put(occupation.uri(), new LabelledOccupation(occupation, labels(occupation),
                    gramsOf.get(i).stream().map(ranking::vector).toList()));
        }
        return ranking;
    }

    /** The best {@code limit} occupations for the job title, best first; empty when the title has no words. */
    public List<JobTitleMatch> rank(IndexSearcher searcher, String jobTitle, int limit) throws IOException {
        Map<String, Integer> titleGrams = terms(grams, jobTitle);
        if (titleGrams.isEmpty() || limit <= 0) {
            return List.of();
        }
        TopDocs candidates = searcher.search(candidateQuery(titleGrams.keySet()), CANDIDATES);
        if (candidates.scoreDocs.length == 0) {
            return List.of();
        }
        GramVector title = vector(titleGrams);
        float bestCandidate = candidates.scoreDocs[0].score;
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<JobTitleMatch> matches = new ArrayList<>(candidates.scoreDocs.length);
        for (ScoreDoc hit : candidates.scoreDocs) {
            LabelledOccupation candidate = occupations.get(id(leaves, hit.doc));
            if (candidate == null) {
                continue;
            }
            List<JobTitleMatch.LabelMatch> labels = new ArrayList<>(candidate.labels().size());
            for (int i = 0; i < candidate.labels().size(); i++) {
                double similarity = title.cosine(candidate.vectors().get(i));
                if (i == 0) {
                    similarity *= 1 + PREFERRED_LABEL_BONUS;
                }
                labels.add(new JobTitleMatch.LabelMatch(candidate.labels().get(i), similarity));
            }
            labels.sort(Comparator.comparingDouble(JobTitleMatch.LabelMatch::similarity).reversed());
            double score = labels.getFirst().similarity() + ALL_LABELS_WEIGHT * hit.score / bestCandidate;
            matches.add(new JobTitleMatch(candidate.occupation().uri(), candidate.occupation().label(), score,
                    labels));
        }
        matches.sort(Comparator.comparingDouble(JobTitleMatch::score).reversed()
                .thenComparing(JobTitleMatch::uri));
        return List.copyOf(matches.subList(0, Math.min(limit, matches.size())));
    }

    private static Query candidateQuery(Set<String> titleGrams) {
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(new TermQuery(IndexSchema.typeTerm(DocType.OCCUPATION)), BooleanClause.Occur.FILTER);
        for (String gram : titleGrams) {
            query.add(new TermQuery(new Term(IndexSchema.LABEL_GRAMS, gram)), BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }

    private static String id(List<LeafReaderContext> leaves, int doc) throws IOException {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        SortedDocValues ids = leaf.reader().getSortedDocValues(IndexSchema.ID);
        if (ids == null || !ids.advanceExact(doc - leaf.docBase)) {
            return null;
        }
        return ids.lookupOrd(ids.ordValue()).utf8ToString();
    }

    /** Sublinear term frequency times inverse document frequency, as a unit vector. */
    private GramVector vector(Map<String, Integer> tf) {
        int[] ids = new int[tf.size() + 1];
        float[] weights = new float[tf.size() + 1];
        int n = 0;
        double unseen = 0;
        for (Map.Entry<String, Integer> e : tf.entrySet()) {
            float w = (float) (1.0 + Math.log(e.getValue()));
            Integer id = gramIds.get(e.getKey());
            if (id == null) {
                // A title gram no label has still makes the title longer: it lowers every cosine alike.
                unseen += (double) (w * unseenIdf) * (w * unseenIdf);
            } else {
                ids[n] = id;
                weights[n++] = w * idf[id];
            }
        }
        if (unseen > 0) {
            ids[n] = UNSEEN;
            weights[n++] = (float) Math.sqrt(unseen);
        }
        return GramVector.of(Arrays.copyOf(ids, n), Arrays.copyOf(weights, n));
    }

    private static float idf(double documents, int df) {
        return (float) (Math.log((1.0 + documents) / (1.0 + df)) + 1.0);
    }

    private static List<String> labels(Occupation occupation) {
        Set<String> labels = new LinkedHashSet<>();
        Stream.of(Stream.of(occupation.label()), occupation.altLabels().stream(),
                occupation.hiddenLabels().stream()).flatMap(s -> s).forEach(labels::add);
        return List.copyOf(labels);
    }

    private static Map<String, Integer> terms(Analyzer analyzer, String text) {
        Map<String, Integer> tf = new HashMap<>();
        try (TokenStream stream = analyzer.tokenStream(IndexSchema.LABEL_GRAMS, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tf.merge(term.toString(), 1, Integer::sum);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tf;
    }
}
