package nl.skillsmap.evaluation.meaning;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.skillsmap.source.CsvFile;

/**
 * Dutch text glossed into English, word by word, from what the data offers: ESCO's concept-aligned Dutch and English
 * labels (a Dutch label of up to four words becomes the concept's English preferred label; a Dutch word becomes the
 * English word it shares most concepts with, by Dice), and, for a word ESCO does not align, Open Dutch WordNet's
 * links to English synsets, kept only when the English word occurs in ESCO's English labels (the lexicon's own
 * README warns that its senses are not disambiguated). Words neither knows stay as they are.
 */
public final class EnglishGloss {

    static final Set<String> DUTCH_STOP = Set.of(
            "de",
            "het",
            "een",
            "en",
            "van",
            "in",
            "op",
            "met",
            "voor",
            "te",
            "aan",
            "bij",
            "om",
            "of",
            "door",
            "naar",
            "over",
            "uit",
            "die",
            "dat",
            "zijn",
            "worden",
            "wordt",
            "is",
            "als",
            "ook",
            "tot",
            "je",
            "ik",
            "zich",
            "er",
            "hun",
            "haar",
            "deze",
            "dit",
            "waar",
            "wat",
            "niet",
            "al",
            "bijvoorbeeld",
            "etc",
            "en/of",
            "onder",
            "andere",
            "zoals");
    static final Set<String> ENGLISH_STOP = Set.of(
            "the", "a", "an", "and", "of", "in", "on", "with", "for", "to", "at", "by", "or", "from", "as", "into",
            "other", "their", "its", "be", "is", "are");
    private static final int MAX_LABEL_WORDS = 4;
    private static final int MIN_SHARED = 2;
    private static final double MIN_DICE = 0.15;

    private final Map<String, String> labels;
    private final Map<String, String> words;

    private EnglishGloss(Map<String, String> labels, Map<String, String> words) {
        this.labels = labels;
        this.words = words;
    }

    /**
     * @param esco    the ESCO directory (skills_nl/en.csv, occupations_nl/en.csv)
     * @param lexicon the Open Dutch WordNet directory (omw-nld.tab), or null to gloss from ESCO alone
     * @param wordnet Princeton WordNet 3.0's dict directory (data.noun ...), or null to gloss from ESCO alone
     */
    public static EnglishGloss load(Path esco, Path lexicon, Path wordnet) {
        Map<String, List<String>> dutch = new HashMap<>();
        Map<String, List<String>> english = new HashMap<>();
        for (String kind : List.of("skills", "occupations")) {
            readLabels(esco.resolve(kind + "_nl.csv"), dutch);
            readLabels(esco.resolve(kind + "_en.csv"), english);
        }
        Map<String, String> labels = new HashMap<>();
        Map<String, Integer> dutchCount = new HashMap<>();
        Map<String, Integer> englishCount = new HashMap<>();
        Map<String, Map<String, Integer>> together = new HashMap<>();
        dutch.keySet().stream().sorted().forEach(uri -> {
            List<String> en = english.get(uri);
            if (en == null || en.isEmpty()) {
                return;
            }
            for (String label : dutch.get(uri)) {
                List<String> tokens = tokens(label);
                if (!tokens.isEmpty() && tokens.size() <= MAX_LABEL_WORDS) {
                    labels.putIfAbsent(String.join(" ", tokens), en.getFirst());
                }
            }
            Set<String> nl = contentWords(dutch.get(uri), DUTCH_STOP);
            Set<String> el = contentWords(en, ENGLISH_STOP);
            nl.forEach(w -> dutchCount.merge(w, 1, Integer::sum));
            el.forEach(w -> englishCount.merge(w, 1, Integer::sum));
            for (String n : nl) {
                Map<String, Integer> row = together.computeIfAbsent(n, k -> new HashMap<>());
                el.forEach(e -> row.merge(e, 1, Integer::sum));
            }
        });
        Map<String, String> words = new HashMap<>();
        together.forEach((n, row) -> {
            String best = null;
            double bestDice = MIN_DICE;
            for (Map.Entry<String, Integer> e : row.entrySet()) {
                if (e.getValue() < MIN_SHARED) {
                    continue;
                }
                double dice = 2.0 * e.getValue() / (dutchCount.get(n) + englishCount.get(e.getKey()));
                if (dice > bestDice
                        || (dice == bestDice && best != null && e.getKey().compareTo(best) < 0)) {
                    bestDice = dice;
                    best = e.getKey();
                }
            }
            if (best != null) {
                words.put(n, best);
            }
        });
        if (lexicon != null && wordnet != null) {
            wordNetWords(lexicon.resolve("omw-nld.tab"), wordnet, englishCount).forEach(words::putIfAbsent);
        }
        return new EnglishGloss(labels, words);
    }

    /** The English gloss of a Dutch text. */
    public String gloss(String dutch) {
        List<String> tokens = tokens(dutch);
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int taken = 0;
            for (int n = Math.min(MAX_LABEL_WORDS, tokens.size() - i); n >= 2 && taken == 0; n--) {
                String label = labelOf(tokens.subList(i, i + n));
                if (label != null) {
                    out.add(label);
                    taken = n;
                }
            }
            if (taken == 0) {
                String word = tokens.get(i);
                if (!DUTCH_STOP.contains(word)) {
                    out.add(wordOf(word));
                }
                taken = 1;
            }
            i += taken;
        }
        return String.join(" ", out);
    }

    /** Share of a text's content words that the gloss translated (not left in Dutch). */
    public double coverage(String dutch) {
        List<String> content =
                tokens(dutch).stream().filter(w -> !DUTCH_STOP.contains(w)).toList();
        if (content.isEmpty()) {
            return 0;
        }
        return (double) content.stream().filter(w -> lookUp(w) != null).count() / content.size();
    }

    private String labelOf(List<String> span) {
        String direct = labels.get(String.join(" ", span));
        if (direct != null) {
            return direct;
        }
        // People and work processes write "vult vakken", ESCO "vakken vullen": try each inflected form's infinitive.
        for (String last : Lemmas.variants(span.getLast())) {
            List<String> tried = new ArrayList<>(span.subList(0, span.size() - 1));
            tried.add(last);
            String hit = labels.get(String.join(" ", tried));
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }

    private String wordOf(String word) {
        String hit = lookUp(word);
        return hit == null ? word : hit;
    }

    private String lookUp(String word) {
        for (String form : Lemmas.variants(word)) {
            String label = labels.get(form);
            if (label != null) {
                return label;
            }
            String hit = words.get(form);
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }

    static List<String> tokens(String text) {
        List<String> result = new ArrayList<>();
        for (String t : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!t.isEmpty()) {
                result.add(t);
            }
        }
        return result;
    }

    private static Set<String> contentWords(List<String> labels, Set<String> stop) {
        Set<String> result = new LinkedHashSet<>();
        for (String label : labels) {
            tokens(label).stream()
                    .filter(w -> !stop.contains(w) && w.length() > 1)
                    .forEach(result::add);
        }
        return result;
    }

    private static void readLabels(Path file, Map<String, List<String>> into) {
        new CsvFile(file).forEachRow(List.of("conceptUri", "preferredLabel", "altLabels"), row -> {
            List<String> all = new ArrayList<>();
            all.add(row.get(1));
            String alt = row.get(2);
            if (alt != null && !alt.isBlank()) {
                alt.lines().map(String::strip).filter(s -> !s.isEmpty()).forEach(all::add);
            }
            into.put(row.get(0), all);
        });
    }

    /**
     * Dutch lemma -> of the English lemmas its synsets carry, the one most of ESCO's English concepts use (the
     * corpus confirms the sense; a lemma ESCO never uses is not taken).
     */
    private static Map<String, String> wordNetWords(Path omw, Path wordnet, Map<String, Integer> englishUse) {
        Map<String, List<String>> synsetWords = new HashMap<>();
        for (String[] pos : new String[][] {{"noun", "n"}, {"verb", "v"}, {"adj", "a"}, {"adv", "r"}}) {
            try (Stream<String> lines = Files.lines(wordnet.resolve("data." + pos[0]), StandardCharsets.ISO_8859_1)) {
                lines.filter(l -> !l.startsWith(" ")).forEach(l -> {
                    String[] f = l.split(" ");
                    int count = Integer.parseInt(f[3], 16);
                    List<String> ws = new ArrayList<>();
                    for (int k = 0; k < count; k++) {
                        ws.add(f[4 + 2 * k].replaceAll("\\(.*\\)$", "").toLowerCase(Locale.ROOT));
                    }
                    String type = f[2].equals("s") ? "a" : f[2];
                    synsetWords.put(f[0] + "-" + type, ws);
                });
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read WordNet " + wordnet, e);
            }
        }
        Map<String, Map<String, Integer>> votes = new HashMap<>();
        try (Stream<String> lines = Files.lines(omw, StandardCharsets.UTF_8)) {
            lines.filter(l -> !l.startsWith("#")).forEach(l -> {
                String[] f = l.split("\t");
                if (f.length < 3 || !f[1].equals("nld:lemma")) {
                    return;
                }
                String id = f[0].endsWith("-s") ? f[0].substring(0, f[0].length() - 2) + "-a" : f[0];
                String nl = f[2].toLowerCase(Locale.ROOT).strip();
                for (String en : synsetWords.getOrDefault(id, List.of())) {
                    if (!en.contains("_") && englishUse.containsKey(en)) {
                        votes.computeIfAbsent(nl, k -> new HashMap<>()).merge(en, 1, Integer::sum);
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Open Dutch WordNet " + omw, e);
        }
        Map<String, String> result = new HashMap<>();
        votes.forEach((nl, v) -> v.keySet().stream()
                .max(java.util.Comparator.<String>comparingInt(englishUse::get)
                        .thenComparing(v::get)
                        .thenComparing(java.util.Comparator.reverseOrder()))
                .ifPresent(en -> result.put(nl, en)));
        return result;
    }
}
