package nl.skillsmap.search.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import nl.skillsmap.analysis.TokenTypes;
import nl.skillsmap.index.DocType;
import nl.skillsmap.index.IndexSchema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.util.BytesRef;

/**
 * Ranks whole qualifications (or occupations) for one phrase by BM25 over their profile
 * ({@link IndexSchema#PROFILE}: description, core tasks, work processes, skills, linked ESCO occupation;
 * {@link IndexSchema#OCCUPATION_PROFILE}: labels, description, essential skills). Work processes are short and people describe the
 * same work in other words; the profile catches a phrase whose words are spread over a qualification's text
 * ("kassa en geldafhandeling" against "afrekensysteem", "geldadministratie"). Strength reads as "how much of
 * the phrase this qualification says", so a phrase nothing matches well does not hand its full weight to whatever
 * matches it weakly, and every phrase weighs the same in a ranking that sums over phrases. It is the geometric mean
 * of two shares, each at most 1:
 * <ul>
 *   <li>the BM25 score relative to what a profile of average length saying each of the phrase's terms once would
 *   score (the phrase's own weight), capped at 1: how strongly the profile speaks of the phrase;</li>
 *   <li>the share of the phrase's weight (the inverse document frequency of each of its analysed terms: word
 *   forms, compound parts, joined verbs) that the profile holds at all: how much of the phrase it speaks of. BM25
 *   alone lets a profile that repeats one word of "agenda en afspraken beheren" ("afspraken", five times) reach
 *   the cap without ever saying "agenda".</li>
 * </ul>
 * Terms no profile holds weigh nothing in either share, so a word the qualifications never use (or a typing
 * error) does not lower every qualification alike. A compound is a kind of its head, so its other parts are searched
 * only where some profile holds the compound or its head ({@link #headless}): no profile says picking, so none says
 * "orderpicken" for saying "werkorder" or "orders".
 */
final class ProfileSearch {

    private final Analyzer analyzer;
    private final String field;
    private final DocType type;
    private final int candidates;

    /**
     * Searches {@code field} of documents of {@code type} (qualifications or occupations), reading the best
     * {@code candidates} of them per phrase.
     */
    ProfileSearch(Analyzer analyzer, String field, DocType type, int candidates) {
        this.analyzer = analyzer;
        this.field = field;
        this.type = type;
        this.candidates = candidates;
    }

    static ProfileSearch qualifications(Analyzer analyzer) {
        return new ProfileSearch(
                analyzer, IndexSchema.PROFILE, DocType.QUALIFICATION, MatchPolicy.QUALIFICATION_PROFILE_CANDIDATES);
    }

    static ProfileSearch occupations(Analyzer analyzer) {
        return new ProfileSearch(
                analyzer,
                IndexSchema.OCCUPATION_PROFILE,
                DocType.OCCUPATION,
                MatchPolicy.OCCUPATION_PROFILE_CANDIDATES);
    }

    /** One document a phrase reached: its id, strength and the person's words that its profile holds. */
    record Hit(String id, double strength, List<String> words) {}

    /**
     * A phrase as the Dutch chain reads it.
     *
     * @param wordsByTerm its profile terms, each with the typed words it came from (a compound gives its parts the
     *                    whole word)
     * @param words       its terms per typed word, in order
     */
    record PhraseTerms(Map<String, Set<String>> wordsByTerm, List<Word> words) {

        /**
         * Its terms in order without the parts stacked on compounds, as the semantic space places a phrase
         * ({@link nl.skillsmap.analysis.Terms#wholeWords}).
         */
        List<String> wholeWords() {
            return words.stream().flatMap(w -> w.own().stream()).toList();
        }
    }

    /**
     * The terms of one typed word: those of the word itself (its forms, an expression it is part of) in the order the
     * chain gives them, and of a compound also those of its head (its last part, "picken" in "orderpicken") and of
     * its modifiers ("order").
     */
    record Word(List<String> own, Set<String> head, Set<String> modifiers) {}

    /** The phrase's profile terms, all and per typed word, from one pass of the Dutch chain. */
    PhraseTerms analyse(String phrase) {
        Map<String, Set<String>> wordsByTerm = new LinkedHashMap<>();
        List<Word> words = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, phrase)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            FlagsAttribute flags = stream.addAttribute(FlagsAttribute.class);
            PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String text = term.toString();
                wordsByTerm
                        .computeIfAbsent(text, k -> new LinkedHashSet<>())
                        .add(phrase.substring(offset.startOffset(), offset.endOffset()));
                if (position.getPositionIncrement() > 0 || words.isEmpty()) {
                    words.add(new Word(new ArrayList<>(), new HashSet<>(), new HashSet<>()));
                }
                Word word = words.getLast();
                if (!TokenTypes.COMPOUND_PART.equals(type.type())) {
                    word.own().add(text);
                } else if ((flags.getFlags() & TokenTypes.COMPOUND_HEAD) != 0) {
                    word.head().add(text);
                } else {
                    word.modifiers().add(text);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PhraseTerms(
                wordsByTerm,
                words.stream()
                        .map(w -> new Word(List.copyOf(w.own()), Set.copyOf(w.head()), Set.copyOf(w.modifiers())))
                        .toList());
    }

    /**
     * The documents whose profile holds the phrase's {@link #terms terms}, with their strength.
     *
     * @param idOf the id of a document of the searcher's reader
     */
    List<Hit> search(IndexSearcher searcher, PhraseTerms phrase, IntFunction<String> idOf) {
        Map<String, Set<String>> wordsByTerm = phrase.wordsByTerm();
        if (wordsByTerm.isEmpty()) {
            return List.of();
        }
        try {
            Bm25 bm25 = Bm25.of(searcher);
            Map<String, Double> held = idf(searcher, bm25, field, wordsByTerm.keySet());
            held.keySet().removeAll(headless(phrase.words(), held.keySet()));
            Map<String, Double> idf = rarest(held);
            if (idf.isEmpty()) {
                return List.of();
            }
            BooleanQuery.Builder terms = new BooleanQuery.Builder();
            wordsByTerm.keySet().stream()
                    .filter(idf::containsKey)
                    .forEach(t -> terms.add(new TermQuery(new Term(field, t)), BooleanClause.Occur.SHOULD));
            Query query = new BooleanQuery.Builder()
                    .add(terms.build(), BooleanClause.Occur.MUST)
                    .add(new TermQuery(IndexSchema.typeTerm(type)), BooleanClause.Occur.FILTER)
                    .build();
            TopDocs top = searcher.search(query, candidates);
            if (top.scoreDocs.length == 0) {
                return List.of();
            }
            double phraseIdf =
                    idf.values().stream().mapToDouble(Double::doubleValue).sum();
            if (phraseIdf == 0) {
                return List.of();
            }
            double best = phraseIdf / (1 + bm25.getK1());
            List<ScoreDoc> kept = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                if (Math.min(1.0, sd.score / best) >= MatchPolicy.MIN_PROFILE_STRENGTH) {
                    kept.add(sd);
                }
            }
            List<String> searched = List.copyOf(idf.keySet());
            Map<Integer, BitSet> termsByDoc = termsPresent(searcher, field, kept, searched);
            // Hits hold few distinct sets of the phrase's terms: each set's share and words are found once.
            Map<BitSet, Said> saidBySet = new HashMap<>();
            BitSet none = new BitSet();
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc sd : kept) {
                Said said = saidBySet.computeIfAbsent(
                        termsByDoc.getOrDefault(sd.doc, none),
                        present -> said(present, searched, idf, phraseIdf, wordsByTerm));
                double strength = Math.sqrt(Math.min(1.0, sd.score / best) * said.share());
                hits.add(new Hit(idOf.apply(sd.doc), Evidence.round(strength), said.words()));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The modifiers of compounds of which no profile holds the word or its head, unless the phrase says them
     * otherwise too: a compound names a kind of its head, so a profile that says only "order" does not say
     * "orderpicken" (picking), nor one that says "werkorder".
     */
    static Set<String> headless(List<Word> words, Set<String> held) {
        Set<String> headless = new HashSet<>();
        Set<String> said = new HashSet<>();
        for (Word word : words) {
            said.addAll(word.own());
            said.addAll(word.head());
            boolean known = word.own().stream().anyMatch(held::contains)
                    || word.head().stream().anyMatch(held::contains);
            (known ? said : headless).addAll(word.modifiers());
        }
        headless.removeAll(said);
        return headless;
    }

    /**
     * The {@link MatchPolicy#MAX_PROFILE_TERMS} rarest of the terms (all of them when they are no more), the rarest
     * first among equals by term, so the same input always searches the same terms.
     */
    private static Map<String, Double> rarest(Map<String, Double> idf) {
        if (idf.size() <= MatchPolicy.MAX_PROFILE_TERMS) {
            return idf;
        }
        Map<String, Double> kept = new HashMap<>();
        idf.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(MatchPolicy.MAX_PROFILE_TERMS)
                .forEach(e -> kept.put(e.getKey(), e.getValue()));
        return kept;
    }

    /**
     * The inverse document frequency of each of the phrase's terms that some profile holds, from the searcher's
     * statistics and its BM25; the BM25 score of a profile of average length that holds each term once is their
     * sum x 1 / (1 + k1).
     */
    private static Map<String, Double> idf(IndexSearcher searcher, Bm25 bm25, String field, Set<String> terms)
            throws IOException {
        CollectionStatistics collection = searcher.collectionStatistics(field);
        Map<String, Double> idf = new HashMap<>();
        if (collection == null) {
            return idf;
        }
        for (String t : terms) {
            Term term = new Term(field, t);
            int docFreq = searcher.getIndexReader().docFreq(term);
            if (docFreq > 0) {
                idf.put(
                        t,
                        bm25.idf(
                                collection,
                                searcher.termStatistics(
                                        term, docFreq, searcher.getIndexReader().totalTermFreq(term))));
            }
        }
        return idf;
    }

    /** The searcher's BM25, with its inverse document frequency readable (Lucene keeps it protected). */
    private static final class Bm25 extends BM25Similarity {

        private Bm25(float k1, float b) {
            super(k1, b);
        }

        static Bm25 of(IndexSearcher searcher) {
            if (!(searcher.getSimilarity() instanceof BM25Similarity scoring)) {
                throw new IllegalStateException("profiles are weighed as BM25 scores them; the searcher scores with "
                        + searcher.getSimilarity());
            }
            return new Bm25(scoring.getK1(), scoring.getB());
        }

        double idf(CollectionStatistics collection, TermStatistics term) {
            return idfExplain(collection, term).getValue().doubleValue();
        }
    }

    /**
     * How much of the phrase a profile says, with the person's words it holds.
     *
     * @param share the summed inverse document frequency of the terms the profile holds, of the phrase's
     */
    private record Said(double share, List<String> words) {}

    /**
     * What a profile that holds the {@code present} ones of the {@code searched} terms says: the terms are summed
     * as a set of them made in the order they were searched iterates, so the sum is the same to the last bit
     * whichever hit first holds the set.
     */
    private static Said said(
            BitSet present,
            List<String> searched,
            Map<String, Double> idf,
            double phraseIdf,
            Map<String, Set<String>> wordsByTerm) {
        Set<String> terms = new HashSet<>();
        present.stream().forEach(i -> terms.add(searched.get(i)));
        double share = terms.stream().mapToDouble(t -> idf.getOrDefault(t, 0.0)).sum() / phraseIdf;
        return new Said(share, words(wordsByTerm, terms));
    }

    /**
     * Which of the phrase's terms each hit's profile holds, as the places of the terms in {@code terms}, read from
     * the postings: one pass per term over the hits in document order, far cheaper than asking each hit for its
     * matches.
     */
    private static Map<Integer, BitSet> termsPresent(
            IndexSearcher searcher, String field, List<ScoreDoc> hits, List<String> terms) throws IOException {
        int[] docs = hits.stream().mapToInt(sd -> sd.doc).sorted().toArray();
        Map<Integer, BitSet> present = new HashMap<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Terms fieldTerms = leaf.reader().terms(field);
            if (fieldTerms == null) {
                continue;
            }
            int end = leaf.docBase + leaf.reader().maxDoc();
            for (int t = 0; t < terms.size(); t++) {
                String term = terms.get(t);
                TermsEnum termsEnum = fieldTerms.iterator();
                if (!termsEnum.seekExact(new BytesRef(term))) {
                    continue;
                }
                PostingsEnum postings = termsEnum.postings(null, PostingsEnum.NONE);
                for (int doc : docs) {
                    if (doc < leaf.docBase || doc >= end) {
                        continue;
                    }
                    int local = doc - leaf.docBase;
                    int at = postings.docID() >= local ? postings.docID() : postings.advance(local);
                    if (at == local) {
                        present.computeIfAbsent(doc, k -> new BitSet()).set(t);
                    } else if (at == DocIdSetIterator.NO_MORE_DOCS) {
                        break;
                    }
                }
            }
        }
        return present;
    }

    /** The person's words whose terms the profile holds, in the order they typed them. */
    private static List<String> words(Map<String, Set<String>> wordsByTerm, Set<String> present) {
        List<String> ordered = new ArrayList<>();
        wordsByTerm.forEach((term, words) -> {
            if (present.contains(term)) {
                words.stream().filter(w -> !ordered.contains(w)).forEach(ordered::add);
            }
        });
        return List.copyOf(ordered);
    }
}
