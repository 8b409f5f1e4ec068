package nl.skillsmap.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.DutchStemmer;

import java.util.regex.Pattern;

/**
 * The one place every analysis chain is built; index and query side both take their analyzers from here.
 */
public final class AnalyzerFactory {

    private final AnalysisResources resources;

    public AnalyzerFactory(AnalysisResources resources) {
        this.resources = resources;
    }

    public AnalysisResources resources() {
        return resources;
    }

    /** The Dutch chain for running text: folding, compound parts (whole word kept), stop words, stemming. */
    public Analyzer dutch() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(source);
                stream = new ASCIIFoldingFilter(stream);
                stream = new SnowballFilter(stream, new DutchStemmer());
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    /** Query side of {@link #dutch()} with synonym expansion. */
    public Analyzer dutchWithSynonyms() {
        return dutch();
    }

    /** Index side of suggestions: folded words as edge n-grams. */
    public Analyzer prefix() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(source);
                stream = new ASCIIFoldingFilter(stream);
                stream = new org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter(stream, 2, 20, true);
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    /** Lower case and accent folding only: matches on the surface form ("exact"). */
    public Analyzer folded() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(source);
                stream = new ASCIIFoldingFilter(stream);
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    /** Shortest and longest character n-gram of {@link #labelGrams()}, word-boundary marks included. */
    private static final int LABEL_GRAM_MIN = 3;
    private static final int LABEL_GRAM_MAX = 5;
    private static final Pattern WHOLE_WORD = Pattern.compile("^(.*)$");

    /**
     * Occupation labels as character n-grams of each folded word, marked at the word's start and end
     * ({@code _kok_} gives {@code _ko}, {@code kok}, {@code ok_}, ...). Job titles differ from the labels they
     * mean in gender forms (kapper/kapster), compounds written apart or together (kledingversteller /
     * versteller kleding) and Belgian or Dutch spelling; such pairs still share most of their grams.
     */
    public Analyzer labelGrams() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(source);
                stream = new ASCIIFoldingFilter(stream);
                stream = new PatternReplaceFilter(stream, WHOLE_WORD, "_$1_", false);
                stream = new NGramTokenFilter(stream, LABEL_GRAM_MIN, LABEL_GRAM_MAX, false);
                return new TokenStreamComponents(source, stream);
            }
        };
    }
}
