package nl.skillsmap.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * The one place every analysis chain is built; index and query side both take their analyzers from here.
 *
 * <pre>
 * dutch()             StandardTokenizer → lower case → ASCII folding → separable verbs joined → Dutch stop words
 *                     → compound parts (the last flagged as head, TokenTypes.COMPOUND_HEAD) → stems
 *                     → multiword expressions joined ("eerste hulp" one token, TokenTypes.EXPRESSION)
 * dutchQuery()        dutch() for what a person types: a compound the corpus attests only one part of is also split
 *                     where LanguageTool's Dutch dictionary knows the other ("schoonmaakrooster" → schoonmaak +
 *                     rooster), and a separable verb the corpus lacks is read by its verb ("bijvullen" → vullen);
 *                     documents keep the corpus's own splits, so the index does not depend on the dictionary
 * dutchWithSynonyms() as dutchQuery() without the separable-verb join, with ESCO synonyms after the stop words
 *                     (query side only: the synonym filter cannot read the join's stacked token, and the index
 *                     holds the joined verb beside its words anyway)
 * folded()            StandardTokenizer → lower case → ASCII folding
 * prefix()            folded → compound parts → edge n-grams 2..20 (index side of suggestions)
 * prefixQuery()       folded (query side of suggestions)
 * labelGrams()        folded → each word marked _word_ → character n-grams 3..5 (occupation labels, both sides)
 * </pre>
 * Every analyzer is built once, here, and the same instance is returned on each call: analyzers are thread-safe
 * and keep their token streams per thread, so building them per call would only cost time.
 */
public final class AnalyzerFactory {

    /** Edge n-gram sizes of the suggestion field: two letters before suggesting, whole words up to 20 letters. */
    public static final int MIN_PREFIX = 2;

    public static final int MAX_PREFIX = 20;

    private final AnalysisResources resources;
    private final CharArraySet stopWords = DutchAnalyzer.getDefaultStopSet();
    private final CharArraySet attested;
    private final DutchVerbForms verbForms;
    private final DutchLexicon lexicon = DutchLexicon.bundled();
    private final SynonymMap synonyms;

    private final Analyzer dutch;
    private final Analyzer dutchQuery;
    private final Analyzer dutchWithSynonyms;
    private final Analyzer folded;
    private final Analyzer prefix;
    private final Analyzer prefixQuery;

    public AnalyzerFactory(AnalysisResources resources) {
        this.resources = resources;
        this.attested = new CharArraySet(resources.compoundDictionary(), false);
        CompoundSplitter splitter = new CompoundSplitter(attested);
        CompoundSplitter querySplitter = splitter.withLexicon(lexicon);
        this.verbForms = DutchVerbForms.of(resources.compoundDictionary());
        this.dutch = dutch(splitter);
        this.dutchQuery = dutch(querySplitter);
        this.folded = analyzer(this::folding);
        this.synonyms = synonymMap(resources.synonymGroups());
        this.dutchWithSynonyms = synonyms == null
                ? dutchQuery
                : analyzer(source -> expressions(stems(
                        parts(new SynonymGraphFilter(stopWords(folding(source)), synonyms, false), querySplitter))));
        this.prefix = analyzer(source -> new RemoveDuplicatesTokenFilter(
                new EdgeNGramTokenFilter(parts(folding(source), splitter), MIN_PREFIX, MAX_PREFIX, true)));
        this.prefixQuery = folded;
    }

    public AnalysisResources resources() {
        return resources;
    }

    /**
     * The Dutch chain for running text: folding, separable verbs joined ("schoon te maken" also "schoonmaken"),
     * stop words, compound parts (whole word kept), stemming.
     */
    public Analyzer dutch() {
        return dutch;
    }

    /**
     * {@link #dutch()} for a phrase a person typed: people write compounds and separable verbs the qualification
     * texts never use, and such a word is also split where the corpus attests one part and LanguageTool's Dutch
     * dictionary vouches for the rest, so it is read by its parts instead of matching nothing. Terms a document holds still match as under
     * {@link #dutch()}: the whole word stays, and the corpus's own splits are the same.
     */
    public Analyzer dutchQuery() {
        return dutchQuery;
    }

    /**
     * Query side of {@link #dutch()} with synonym expansion, without joining separable verbs (Lucene's synonym
     * filter cannot take a stacked token as input; the index side holds both the joined verb and its words). Its
     * output is a token graph (a multi-word synonym spans several positions): build queries with Lucene's
     * graph-aware {@code QueryBuilder}.
     */
    public Analyzer dutchWithSynonyms() {
        return dutchWithSynonyms;
    }

    /** Lower case and accent folding only: matches on the surface form ("exact"). */
    public Analyzer folded() {
        return folded;
    }

    /** Index side of as-you-type suggestions: folded words and compound parts as edge n-grams (2..20 letters). */
    public Analyzer prefix() {
        return prefix;
    }

    /** Query side of {@link #prefix()}: folded words, no n-grams (the index already holds every prefix). */
    public Analyzer prefixQuery() {
        return prefixQuery;
    }

    /** The Dutch chain for running text, its compounds split by {@code splitter}. */
    private Analyzer dutch(CompoundSplitter splitter) {
        return analyzer(source -> expressions(stems(parts(stopWords(separableVerbs(folding(source))), splitter))));
    }

    private TokenStream folding(Tokenizer source) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(source));
    }

    private TokenStream separableVerbs(TokenStream in) {
        return new SeparableVerbFilter(in, attested);
    }

    private TokenStream stopWords(TokenStream in) {
        return new StopFilter(in, stopWords);
    }

    private static TokenStream parts(TokenStream in, CompoundSplitter splitter) {
        return new CompoundSplitFilter(in, splitter);
    }

    private TokenStream expressions(TokenStream in) {
        return resources.expressions().isEmpty() ? in : new ExpressionFilter(in, resources.expressions());
    }

    private TokenStream stems(TokenStream in) {
        return new DutchStemFilter(in, verbForms, lexicon);
    }

    private static Analyzer analyzer(Function<Tokenizer, TokenStream> chain) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, chain.apply(source));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    /**
     * Each group becomes equivalences between all its entries. Entries are read as the query is read up to the
     * synonym filter (folded, stop words removed), so "medewerker van de kassa" matches the query words it names.
     */
    private SynonymMap synonymMap(List<List<String>> groups) {
        if (groups.isEmpty()) {
            return null;
        }
        SynonymMap.Builder builder = new SynonymMap.Builder(true);
        CharsRefBuilder scratch = new CharsRefBuilder();
        int pairs = 0;
        try (Analyzer entryAnalyzer = analyzer(source -> stopWords(folding(source)))) {
            for (List<String> group : groups) {
                Set<String> entries = new LinkedHashSet<>();
                for (String entry : group) {
                    List<String> words = Terms.of(entryAnalyzer, "", entry);
                    if (!words.isEmpty()) {
                        entries.add(String.join(" ", words));
                    }
                }
                for (String from : entries) {
                    CharsRef input = SynonymMap.Builder.join(from.split(" "), scratch);
                    for (String to : entries) {
                        if (!from.equals(to)) {
                            builder.add(input, SynonymMap.Builder.join(to.split(" "), new CharsRefBuilder()), true);
                            pairs++;
                        }
                    }
                }
            }
            return pairs == 0 ? null : builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException("building the synonym map", e);
        }
    }

    /** Shortest and longest character n-gram of {@link #labelGrams()}, word-boundary marks included. */
    private static final int LABEL_GRAM_MIN = 3;

    private static final int LABEL_GRAM_MAX = 5;
    private static final Pattern WHOLE_WORD = Pattern.compile("^(.*)$");

    private final Analyzer labelGrams = analyzer(source -> new NGramTokenFilter(
            new PatternReplaceFilter(folding(source), WHOLE_WORD, "_$1_", false),
            LABEL_GRAM_MIN,
            LABEL_GRAM_MAX,
            false));

    /**
     * Occupation labels and job titles as character n-grams of each folded word, marked at the word's start and
     * end ({@code kok} gives {@code _ko}, {@code kok}, {@code ok_}, {@code _kok}, ...). Job titles differ from the
     * labels they mean in gender forms (kapper/kapster), compounds written apart or together (kledingversteller /
     * versteller kleding) and Belgian or Dutch spelling; such pairs still share most of their grams. Index and
     * query side alike.
     */
    public Analyzer labelGrams() {
        return labelGrams;
    }
}
