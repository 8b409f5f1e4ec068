package nl.skillsmap.search.suggest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.IntFunction;
import nl.skillsmap.analysis.AnalyzerFactory;
import nl.skillsmap.analysis.Terms;
import nl.skillsmap.index.DocType;
import nl.skillsmap.index.IndexSchema;
import nl.skillsmap.index.StoredJson;
import nl.skillsmap.model.Occupation;
import org.apache.lucene.analysis.Analyzer;
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
import org.apache.lucene.search.similarities.ClassicSimilarity;

/**
 * Ranks ESCO occupations for a job title ("Kledingretoucheur", "hulpkok").
 *
 * <p>Lucene finds candidate occupations by BM25 over the character n-grams of all their labels. Each candidate is
 * then scored by its best-matching single label, so an occupation neither gains from the number of its labels
 * nor is diluted by their length, and the label that matched can be shown.
 *
 * <p>A title and a label are compared as vectors built word by word: each word is the unit vector of its
 * character n-grams (TF-IDF, so "kapper" and "kapster" or "retoucheur" inside "kledingretoucheur" still meet),
 * weighted by how rare the whole word is among occupation labels. A word thus counts by its rarity, not by its
 * length: the short but telling "IC" in "IC-verpleegkundige" weighs more than the long but common "algemeen" in
 * "algemeen verpleegkundige". The rarity weight is IDF to the power {@link #WORD_WEIGHT_EXPONENT}, so the word
 * naming the trade outweighs generic ones (medewerker, technicus, verantwoordelijke) more than plain IDF would.
 *
 * <p>Two smaller signals settle near-ties: the preferred label counts a little more than alternative ones (it is
 * the occupation's own name, where an alternative label is often shared with a neighbouring occupation), and the
 * candidate's BM25 score over all its labels adds a little for occupations whose other labels also resemble the
 * title.
 *
 * <p>Built once per opened index: the vectors of every label are derived when loading (a few thousand
 * occupations, tens of thousands of labels), so a ranking costs one Lucene query and some sparse dot products.
 */
public final class OccupationRanking {

    /** Candidates taken from Lucene before label-level scoring; far more than any page of results. */
    private static final int CANDIDATES = 200;
    /** How much more a match on the preferred label counts than the same match on an alternative label. */
    private static final double PREFERRED_LABEL_BONUS = 0.1;
    /** Weight of the candidate's BM25 score (relative to the best candidate's) beside its best label. */
    private static final double ALL_LABELS_WEIGHT = 0.2;
    /** A word's weight is its IDF (over occupations) to this power. */
    private static final double WORD_WEIGHT_EXPONENT = 1.5;
    /** Pseudo gram id holding the weight of title grams that no label has. */
    private static final int UNSEEN = Integer.MAX_VALUE;

    private final Analyzer grams;
    private final Analyzer words;
    private final Map<String, Integer> gramIds;
    private final float[] gramIdf;
    private final float unseenGramIdf;
    private final Map<String, Integer> wordDf;
    private final int occupationCount;
    private static final ClassicSimilarity IDF = new ClassicSimilarity();
    private final Map<String, LabelledOccupation> occupations = new HashMap<>();

    /**
     * An occupation with its distinct labels (preferred first, then alternative, then hidden ones) and their vectors.
     *
     * @param shown how many of the labels are preferred or alternative; the rest are hidden (misspellings and other
     *              forms ESCO keeps for finding, not for showing)
     */
    private record LabelledOccupation(
            String uri, String label, List<String> labels, int shown, List<GramVector> vectors) {}

    private OccupationRanking(
            AnalyzerFactory analyzers,
            Map<String, Integer> gramIds,
            float[] gramIdf,
            float unseenGramIdf,
            Map<String, Integer> wordDf,
            int occupationCount) {
        this.grams = analyzers.labelGrams();
        this.words = analyzers.folded();
        this.gramIds = gramIds;
        this.gramIdf = gramIdf;
        this.unseenGramIdf = unseenGramIdf;
        this.wordDf = wordDf;
        this.occupationCount = occupationCount;
    }

    /** Reads every occupation of the index and derives its label vectors. */
    public static OccupationRanking load(IndexSearcher searcher, AnalyzerFactory analyzers) throws IOException {
        TopDocs docs = searcher.search(
                new TermQuery(IndexSchema.typeTerm(DocType.OCCUPATION)),
                Math.max(1, searcher.getIndexReader().maxDoc()));
        StoredFields stored = searcher.storedFields();
        List<Occupation> read = new ArrayList<>(docs.scoreDocs.length);
        for (ScoreDoc doc : docs.scoreDocs) {
            read.add(StoredJson.read(
                    stored.document(doc.doc, Set.of(IndexSchema.JSON)).getBinaryValue(IndexSchema.JSON).bytes,
                    Occupation.class));
        }
        return of(searcher.getIndexReader(), read, analyzers);
    }

    /**
     * Derives the label vectors of the given occupations (those of the index, as a catalogue already holds them),
     * with gram frequencies from {@code reader}. Each distinct word is cut into grams once.
     */
    public static OccupationRanking of(
            IndexReader reader, Collection<Occupation> occupations, AnalyzerFactory analyzers) throws IOException {
        Map<String, Map<String, Integer>> gramsOfWord = new HashMap<>();
        Function<String, Map<String, Integer>> grams =
                word -> gramsOfWord.computeIfAbsent(word, w -> terms(analyzers.labelGrams(), w));
        Set<String> allGrams = new TreeSet<>();
        Map<String, Integer> wordDf = new HashMap<>();
        for (Occupation occupation : occupations) {
            Set<String> occupationWords = new HashSet<>();
            for (String label : labels(occupation)) {
                for (String word : terms(analyzers.folded(), label).keySet()) {
                    occupationWords.add(word);
                    allGrams.addAll(grams.apply(word).keySet());
                }
            }
            occupationWords.forEach(w -> wordDf.merge(w, 1, Integer::sum));
        }
        // Gram ids in gram order: the vectors do not depend on the order the occupations come in.
        Map<String, Integer> gramIds = new HashMap<>();
        allGrams.forEach(g -> gramIds.put(g, gramIds.size()));
        long documents = Math.max(1, reader.getDocCount(IndexSchema.LABEL_GRAMS));
        float[] gramIdf = new float[gramIds.size()];
        for (Map.Entry<String, Integer> gram : gramIds.entrySet()) {
            gramIdf[gram.getValue()] = idf(documents, reader.docFreq(new Term(IndexSchema.LABEL_GRAMS, gram.getKey())));
        }
        OccupationRanking ranking = new OccupationRanking(
                analyzers, gramIds, gramIdf, idf(documents, 0), wordDf, Math.max(1, occupations.size()));
        for (Occupation occupation : occupations) {
            List<String> labels = labels(occupation);
            ranking.occupations.put(
                    occupation.uri(),
                    new LabelledOccupation(
                            occupation.uri(),
                            occupation.label(),
                            labels,
                            occupation.shownLabels().size(),
                            labels.stream()
                                    .map(label -> ranking.vector(label, grams))
                                    .toList()));
        }
        return ranking;
    }

    /** The best {@code limit} occupations for the job title, best first; empty when the title has no words. */
    public List<JobTitleMatch> rank(IndexSearcher searcher, String jobTitle, int limit) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        return rank(searcher, jobTitle, limit, doc -> id(leaves, doc));
    }

    /**
     * As {@link #rank(IndexSearcher, String, int)}, with the id of each of the searcher's documents from
     * {@code idOf} (a catalogue or result rows already hold them) instead of the index's doc values.
     */
    public List<JobTitleMatch> rank(IndexSearcher searcher, String jobTitle, int limit, IntFunction<String> idOf)
            throws IOException {
        Set<String> titleGrams = terms(grams, jobTitle).keySet();
        if (titleGrams.isEmpty() || limit <= 0) {
            return List.of();
        }
        TopDocs candidates = searcher.search(candidateQuery(titleGrams), CANDIDATES);
        if (candidates.scoreDocs.length == 0) {
            return List.of();
        }
        GramVector title = vector(jobTitle, word -> terms(grams, word));
        float bestCandidate = candidates.scoreDocs[0].score;
        List<Scored> scored = new ArrayList<>(candidates.scoreDocs.length);
        for (ScoreDoc hit : candidates.scoreDocs) {
            LabelledOccupation candidate = occupations.get(idOf.apply(hit.doc));
            if (candidate == null) {
                continue;
            }
            double[] similarities = new double[candidate.labels().size()];
            double best = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < similarities.length; i++) {
                double similarity = title.cosine(candidate.vectors().get(i));
                if (i == 0) {
                    similarity *= 1 + PREFERRED_LABEL_BONUS;
                }
                similarities[i] = similarity;
                best = Math.max(best, similarity);
            }
            scored.add(new Scored(candidate, best + ALL_LABELS_WEIGHT * hit.score / bestCandidate, similarities));
        }
        scored.sort(Comparator.comparingDouble(Scored::score)
                .reversed()
                .thenComparing(s -> s.occupation().uri()));
        // Only the matches returned need their labels in order.
        List<JobTitleMatch> matches = new ArrayList<>(Math.min(limit, scored.size()));
        for (Scored s : scored.subList(0, Math.min(limit, scored.size()))) {
            matches.add(s.match());
        }
        return List.copyOf(matches);
    }

    /** A candidate occupation with its score and each label's similarity to the title, in label order. */
    private record Scored(LabelledOccupation occupation, double score, double[] similarities) {

        /** The match, its labels most similar first (labels of equal similarity in label order). */
        JobTitleMatch match() {
            List<JobTitleMatch.LabelMatch> labels = new ArrayList<>(similarities.length);
            for (int i = 0; i < similarities.length; i++) {
                labels.add(new JobTitleMatch.LabelMatch(
                        occupation.labels().get(i), similarities[i], i >= occupation.shown()));
            }
            labels.sort(Comparator.comparingDouble(JobTitleMatch.LabelMatch::similarity)
                    .reversed());
            return new JobTitleMatch(occupation.uri(), occupation.label(), score, labels);
        }
    }

    private static Query candidateQuery(Set<String> titleGrams) {
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(new TermQuery(IndexSchema.typeTerm(DocType.OCCUPATION)), BooleanClause.Occur.FILTER);
        for (String gram : titleGrams) {
            query.add(new TermQuery(new Term(IndexSchema.LABEL_GRAMS, gram)), BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }

    private static String id(List<LeafReaderContext> leaves, int doc) {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        try {
            SortedDocValues ids = leaf.reader().getSortedDocValues(IndexSchema.ID);
            if (ids == null || !ids.advanceExact(doc - leaf.docBase)) {
                return null;
            }
            return ids.lookupOrd(ids.ordValue()).utf8ToString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The sum over the text's words of each word's unit gram vector (sublinear TF times gram IDF) times the
     * word's weight; grams no label has are pooled in one pseudo gram that lowers every cosine alike.
     */
    private GramVector vector(String text, Function<String, Map<String, Integer>> gramsOf) {
        Map<Integer, Double> weights = new HashMap<>();
        double unseen = 0;
        for (Map.Entry<String, Integer> word : terms(words, text).entrySet()) {
            Map<String, Integer> wordGrams = gramsOf.apply(word.getKey());
            double[] raw = new double[wordGrams.size()];
            Integer[] ids = new Integer[wordGrams.size()];
            double norm = 0;
            int k = 0;
            for (Map.Entry<String, Integer> gram : wordGrams.entrySet()) {
                ids[k] = gramIds.get(gram.getKey());
                raw[k] = (1.0 + Math.log(gram.getValue())) * (ids[k] == null ? unseenGramIdf : gramIdf[ids[k]]);
                norm += raw[k] * raw[k];
                k++;
            }
            if (norm == 0) {
                continue;
            }
            double scale = word.getValue() * wordWeight(word.getKey()) / Math.sqrt(norm);
            for (int i = 0; i < raw.length; i++) {
                double w = raw[i] * scale;
                if (ids[i] == null) {
                    unseen += w * w;
                } else {
                    weights.merge(ids[i], w, Double::sum);
                }
            }
        }
        int[] ids = new int[weights.size() + 1];
        float[] values = new float[weights.size() + 1];
        int n = 0;
        for (Map.Entry<Integer, Double> e : weights.entrySet()) {
            ids[n] = e.getKey();
            values[n++] = e.getValue().floatValue();
        }
        if (unseen > 0) {
            ids[n] = UNSEEN;
            values[n++] = (float) Math.sqrt(unseen);
        }
        return GramVector.of(Arrays.copyOf(ids, n), Arrays.copyOf(values, n));
    }

    private double wordWeight(String word) {
        return Math.pow(idf(occupationCount, wordDf.getOrDefault(word, 0)), WORD_WEIGHT_EXPONENT);
    }

    /** Lucene's classic TF-IDF inverse document frequency: log((documents + 1) / (df + 1)) + 1. */
    private static float idf(long documents, int df) {
        return IDF.idf(df, documents);
    }

    private static List<String> labels(Occupation occupation) {
        Set<String> labels = new LinkedHashSet<>(occupation.shownLabels());
        labels.addAll(occupation.hiddenLabels());
        return List.copyOf(labels);
    }

    private static Map<String, Integer> terms(Analyzer analyzer, String text) {
        Map<String, Integer> tf = new HashMap<>();
        for (String term : Terms.of(analyzer, IndexSchema.LABEL_GRAMS, text)) {
            tf.merge(term, 1, Integer::sum);
        }
        return tf;
    }
}
