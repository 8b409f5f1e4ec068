package nl.skillsmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.junit.jupiter.api.Test;

/** Compounds the corpus attests only one part of, split with LanguageTool's Dutch dictionary for the other. */
class CompoundLexiconSplitTest {

    private static final CharArraySet CORPUS = new CharArraySet(
            List.of(
                    "schoonmaak",
                    "fiets",
                    "fietsen",
                    "kant",
                    "best",
                    "maaltijden",
                    "gesprek",
                    "functionering",
                    "vullen",
                    "brengt"),
            false);

    private final CompoundSplitter corpusOnly = new CompoundSplitter(CORPUS);
    private final CompoundSplitter withLexicon = corpusOnly.withLexicon(DutchLexicon.bundled());

    private static List<String> parts(CompoundSplitter splitter, String word) {
        return splitter.split(word).stream().map(CompoundSplitter.Part::word).toList();
    }

    @Test
    void aNounWhoseOtherPartOnlyTheDictionaryKnowsIsSplit() {
        assertThat(parts(corpusOnly, "schoonmaakrooster")).isEmpty();
        assertThat(parts(withLexicon, "schoonmaakrooster")).containsExactly("schoonmaak", "rooster");
        assertThat(parts(withLexicon, "huurfiets")).containsExactly("huur", "fiets");
    }

    @Test
    void theHeadIsTheLastPart() {
        List<CompoundSplitter.Part> split = withLexicon.split("schoonmaakrooster");
        assertThat(split.getLast().word()).isEqualTo("rooster");
        assertThat(split.getLast().end()).isGreaterThan(split.getFirst().end());
    }

    @Test
    void aPluralIsSplitInItsLemmaSoTheEndingIsNoPart() {
        assertThat(parts(withLexicon, "huurfietsen")).containsExactly("huur", "fiets");
        // "kantoren" is "kantoor" (kant + oor, too short a part), never kant + oren.
        assertThat(parts(withLexicon, "kantoren")).isEmpty();
    }

    @Test
    void aLinkingElementBetweenThePartsIsLeftOut() {
        assertThat(parts(withLexicon, "functioneringsgesprek")).containsExactly("functionering", "gesprek");
    }

    @Test
    void aWordTheDictionaryKnowsOnlyAsAVerbStaysWhole() {
        // "bestraten" is to pave: neither best + raten nor any other split.
        assertThat(parts(withLexicon, "bestraten")).isEmpty();
    }

    @Test
    void aNounTheCorpusUsesInAnotherFormIsNoNewCompound() {
        // The corpus says "maaltijden": "maaltijd" is its word, not maal + tijd.
        assertThat(parts(withLexicon, "maaltijd")).isEmpty();
    }

    @Test
    void neitherPartAttestedByTheCorpusIsNoSplit() {
        // Both "sjor" and "stang" are Dutch, but the corpus attests neither: nothing of it could match.
        assertThat(parts(withLexicon, "sjorstang")).isEmpty();
    }

    @Test
    void aSeparableVerbTheCorpusLacksIsReadByTheVerbItAttests() {
        assertThat(parts(corpusOnly, "bijvullen")).isEmpty();
        assertThat(parts(withLexicon, "bijvullen")).containsExactly("vullen");
        // The corpus says "brengt": "brengen" is a form of a verb it attests.
        assertThat(parts(withLexicon, "rondbrengen")).containsExactly("brengen");
    }

    @Test
    void aSeparableVerbWhoseVerbTheCorpusLacksStaysWhole() {
        assertThat(parts(withLexicon, "uitmesten")).isEmpty();
    }
}
