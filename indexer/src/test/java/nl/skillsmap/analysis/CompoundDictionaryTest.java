package nl.skillsmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SortedSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.skillsmap.testing.FullData;
import org.apache.lucene.analysis.CharArraySet;
import org.junit.jupiter.api.Test;

class CompoundDictionaryTest {

    @Test
    void keepsWordsSeenOftenEnoughAndLongEnoughFoldedAndLowerCased() {
        SortedSet<String> dictionary = new CompoundDictionary(4, 2)
                .addAll(Stream.of(
                        "Controleert de voorraad",
                        "Beheert de voorraad",
                        "Hygiëne op de werkplek",
                        "hygiene",
                        "Eén keer per jaar",
                        "Zet de kok aan het werk",
                        "kok"))
                .build();
        assertThat(dictionary).contains("voorraad", "hygiene").doesNotContain("controleert", "kok", "werkplek");
    }

    @Test
    void leavesOutStopWordsParticlesAndSuffixes() {
        SortedSet<String> dictionary = new CompoundDictionary(4, 1)
                .addAll(Stream.of("voor onder door mede samen heid schap baar ster medewerker 2024 covid19"))
                .build();
        assertThat(dictionary).containsExactly("medewerker");
    }

    @Test
    void addsTheVerbStemsTheCorpusAttests() {
        SortedSet<String> dictionary = new CompoundDictionary(4, 1)
                .addAll(Stream.of("Controleert de voorraad en bestelt", "bestellen en voorstellen"))
                .build();
        assertThat(dictionary).contains("bestel", "bestelt", "bestellen");
    }

    @Test
    void refusesSettingsTheSplitterCannotUse() {
        assertThatThrownBy(() -> new CompoundDictionary(3, 2)).hasMessageContaining("minLength");
        assertThatThrownBy(() -> new CompoundDictionary(4, 0)).hasMessageContaining("minCount");
    }

    /** On the real corpus: the compounds the search depends on split, and the share of split words is reported. */
    @Test
    @FullData
    void theDictionaryDerivedFromTheRealCorpusSplitsItsCompounds() {
        SortedSet<String> dictionary = RealTexts.derivedDictionary();
        CompoundSplitter splitter = new CompoundSplitter(new CharArraySet(dictionary, false));
        assertThat(parts(splitter, "voorraadbeheer")).containsExactly("voorraad", "beheer");
        assertThat(parts(splitter, "klantcontact")).containsExactly("klant", "contact");
        assertThat(parts(splitter, "bestelvoorstellen")).containsExactly("bestel", "voorstellen");
        assertThat(parts(splitter, "bedrijfsleider")).containsExactly("bedrijfs", "leider");
        assertThat(parts(splitter, "verkoopsmedewerker")).containsExactly("verkoop", "medewerker");
        assertThat(parts(splitter, "kassamedewerker")).containsExactly("kassa", "medewerker");
        assertThat(parts(splitter, "medewerker")).isEmpty();
        assertThat(parts(splitter, "voorraad")).isEmpty();

        List<String> words = new ArrayList<>(new CompoundDictionary(4, 1)
                .addAll(RealTexts.workProcessTitles().stream())
                .build());
        List<String> split = new ArrayList<>();
        long eligible = words.stream()
                .filter(w -> w.length() >= 2 * CompoundSplitter.MIN_PART)
                .count();
        for (String word : words) {
            List<String> parts = parts(splitter, word);
            if (!parts.isEmpty()) {
                split.add(word + " = " + String.join(" + ", parts));
            }
        }
        Collections.shuffle(split, new Random(20));
        System.out.printf(
                "Compound dictionary: %d words (%d verb stems); work-process title words: %d distinct,"
                        + " %d of 8+ letters, %d split (%.0f%%). Sample:%n  %s%n",
                dictionary.size(),
                DutchVerbForms.of(dictionary).stems().size(),
                words.size(),
                eligible,
                split.size(),
                100.0 * split.size() / eligible,
                split.stream().limit(20).collect(Collectors.joining("\n  ")));
        assertThat(split.size()).as("split work-process words").isGreaterThan((int) (eligible / 5));
    }

    private static List<String> parts(CompoundSplitter splitter, String word) {
        return splitter.split(word).stream().map(CompoundSplitter.Part::word).toList();
    }
}
