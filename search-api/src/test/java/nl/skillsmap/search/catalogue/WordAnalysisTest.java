package nl.skillsmap.search.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.skillsmap.analysis.AnalyzerFactory;
import nl.skillsmap.search.testing.FixtureCorpus;
import org.junit.jupiter.api.Test;

class WordAnalysisTest {

    private final WordAnalysis words = new WordAnalysis(new AnalyzerFactory(FixtureCorpus.resources()));

    @Test
    void aPhraseKeepsOnlyItsContentWordsOnceEach() {
        List<Word> phrase = words.phrase("Inkoop en voorraadbeleid!! 🙂 \"inkoop\" *");

        assertThat(phrase).extracting(Word::surface).containsExactly("inkoop", "voorraadbeleid");
    }

    @Test
    void wordsAreLowerCasedAndFoldedAsWritten() {
        assertThat(words.phrase("Hygiëne")).extracting(Word::surface).containsExactly("hygiene");
    }

    @Test
    void aDocumentKeepsEveryWordButCountsOnlyContentWords() {
        AnalysedText text = words.document("Controleert de voorraad.");

        assertThat(text.words()).extracting(Word::surface).containsExactly("controleert", "de", "voorraad");
        assertThat(text.contentWords()).isEqualTo(2);
    }

    @Test
    void eachWordCarriesTheTermsTheDutchChainMadeOfIt() {
        Word plural = words.phrase("klanten").getFirst();
        Word singular = words.document("klant").words().getFirst();

        Set<String> shared = new HashSet<>(plural.terms());
        shared.retainAll(singular.terms());
        assertThat(shared).as("'klanten' and 'klant' share their stem").isNotEmpty();
        assertThat(words.document("klant").terms()).containsAll(singular.terms());
    }

    @Test
    void aTypedCompoundOfACorpusWordAndADictionaryWordIsReadByItsPartsADocumentsIsNot() {
        Word typed = words.phrase("voorraadrooster").getFirst();
        Word written = words.document("voorraadrooster").words().getFirst();

        assertThat(typed.terms()).contains("rooster").containsAll(written.terms());
        assertThat(written.terms()).doesNotContain("rooster");
    }

    @Test
    void emptyAndSymbolOnlyTextHasNoWords() {
        assertThat(words.phrase("  ")).isEmpty();
        assertThat(words.phrase("*** && || \\ 🙂")).isEmpty();
        assertThat(words.document(null).isEmpty()).isTrue();
    }
}
