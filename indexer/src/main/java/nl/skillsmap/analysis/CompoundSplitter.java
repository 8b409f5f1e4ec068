package nl.skillsmap.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.CharArraySet;

/**
 * Splits a Dutch compound into dictionary words that together cover all of it: "voorraadbeheer" → voorraad +
 * beheer, "bedrijfsleider" → bedrijf + leider (linking -s-), "bestelvoorstellen" → bestel + voorstel (plural
 * ending after the last part).
 *
 * <p>Lucene's {@code DictionaryCompoundWordTokenFilter} emits every dictionary word found anywhere inside a token,
 * so "voorraad" would also give "raad" (council). Requiring a full cover removes most such junk: a part is only
 * taken when the rest of the word is made of parts too. Among covers the one with the fewest parts wins, then the
 * one with the fewest linking and ending letters, then the left-nested one ("rechtbank|manager"); a part that is
 * itself a compound is split again ("voorraadbeheersysteem" → voorraadbeheer, voorraad, beheer, systeem).
 *
 * <p>What it cannot know: a frequent word that happens to be two words ("wetenschappers" → wetenschap + pers,
 * "gastvrijheid" → gast + vrijheid) is split too. Such parts are stacked beside the whole word, which still
 * matches best, so the cost is a little recall noise, not a lost match.
 *
 * <p>A compound noun the corpus does not use and attests only one part of ("schoonmaakrooster": the corpus says
 * "schoonmaak", never "rooster" on its own) is still split when a general Dutch dictionary knows the other part
 * ({@link #withLexicon}, for what a person types): people write compounds the qualification texts never use, and
 * without its parts such a word matches nothing at all. It is split in two, a modifier and a head each of at least
 * {@link #MIN_PART} letters, one of them a corpus word and the other a word of the dictionary, the head a noun; it
 * is split in its dictionary form, so an inflection never passes for a part ("kantoren" is "kantoor", not
 * kant + oren). A separable verb the corpus does not use is read by its verb when the corpus attests that verb
 * ("bijvullen" → vullen).
 *
 * <p>Instances are immutable and thread-safe; the dictionary holds lower-case, accent-folded words.
 */
final class CompoundSplitter {

    /** Parts shorter than this are not taken: three-letter words ("kok", "bed", "ras") hide inside too many words. */
    static final int MIN_PART = 4;
    /** Words longer than this are not split (no real compound is; it bounds the quadratic search). */
    static final int MAX_WORD = 48;

    /** Linking elements between parts: bedrijf-s-leider, pann-e-koek, klant-en-service. */
    private static final String[] LINKS = {"s", "e", "en"};
    /** Inflection after the last part: plural and adjective endings (voorstel-len is handled by consonant doubling). */
    private static final String[] TAILS = {"s", "e", "en", "n"};

    /** The endings a modifier may have before the head: none, or a linking element. */
    private static final String[] MODIFIER_ENDINGS =
            Stream.concat(Stream.of(""), Arrays.stream(LINKS)).toArray(String[]::new);
    /** The particles of Dutch separable verbs, longest first so "terug" is tried before "te" could be. */
    private static final String[] PARTICLES = {
        "achter", "samen", "terug", "tegen", "door", "over", "rond", "vast", "neer", "voor", "aan", "bij", "los", "mee",
        "toe", "uit", "weg", "af", "in", "na", "om", "op"
    };

    private static final int PART_COST = 1000;

    private final CharArraySet dictionary;
    /** A general Dutch dictionary for compounds the corpus attests only one part of; null: none used. */
    private final DutchLexicon lexicon;
    /** The lemmas of the corpus words, so a form the corpus uses in another inflection counts as attested. */
    private volatile Set<String> attestedLemmas;

    CompoundSplitter(CharArraySet dictionary) {
        this(dictionary, null);
    }

    private CompoundSplitter(CharArraySet dictionary, DutchLexicon lexicon) {
        this.dictionary = dictionary;
        this.lexicon = lexicon;
    }

    /**
     * This splitter, and for a noun the corpus neither uses nor can cover with its own parts, a split in two where
     * {@code lexicon} knows the part the corpus does not attest.
     */
    CompoundSplitter withLexicon(DutchLexicon lexicon) {
        return new CompoundSplitter(dictionary, lexicon);
    }

    /** One part of a compound: {@code start} and {@code end} index into the word; {@code word} is the part. */
    record Part(int start, int end, String word) {}

    /** The parts of {@code word[0, length)}, outermost split first, or an empty list when it is not a compound. */
    List<Part> split(char[] word, int length) {
        if (length < 2 * MIN_PART || length > MAX_WORD || !allLetters(word, length)) {
            return List.of();
        }
        List<Part> parts = new ArrayList<>(4);
        splitInto(word, 0, length, parts);
        if (parts.isEmpty() && lexicon != null && !dictionary.contains(word, 0, length)) {
            return lexiconSplit(new String(word, 0, length));
        }
        return parts;
    }

    /**
     * A noun split in two, modifier and head, one attested by the corpus and the other known to the lexicon (the
     * head as a noun). The noun is split in its lemma(s), so an inflected ending is never taken for a part; a noun
     * whose lemma the corpus uses in any form ("maaltijd" of "maaltijden") is a word of the corpus, not a new
     * compound, and stays whole. A word the lexicon knows only as a verb or adjective is no compound noun ("bestraten"
     * is not best + raten): at most a separable verb ({@link #particleVerb}). A word the lexicon does not know at all
     * is split as written. Among splits the one with more attested parts wins (the head counting for more),
     * then the one without linking letters, then the longer modifier (left nesting, as for covers).
     */
    private List<Part> lexiconSplit(String word) {
        List<String> lemmas = lexicon.nounLemmas(word);
        if (lemmas.isEmpty() && !lexicon.lemmasOnce(word).isEmpty()) {
            return particleVerb(word);
        }
        for (String lemma : lemmas) {
            if (attestedLemmas().contains(lemma)) {
                return List.of();
            }
        }
        List<Part> best = List.of();
        int bestScore = Integer.MIN_VALUE;
        for (String form : lemmas.isEmpty() ? List.of(word) : lemmas) {
            if (form.length() < 2 * MIN_PART || form.length() > MAX_WORD) {
                continue;
            }
            for (int cut = form.length() - MIN_PART; cut >= MIN_PART; cut--) {
                String head = form.substring(cut);
                boolean headAttested = dictionary.contains(head);
                if (!headAttested
                        && !(CompoundDictionary.mayBePart(head)
                                && !lexicon.nounLemmas(head).isEmpty())) {
                    continue;
                }
                String left = form.substring(0, cut);
                for (String link : MODIFIER_ENDINGS) {
                    if (!left.endsWith(link) || left.length() - link.length() < MIN_PART) {
                        continue;
                    }
                    String modifier = left.substring(0, left.length() - link.length());
                    boolean modifierAttested = dictionary.contains(modifier);
                    if (!(headAttested || modifierAttested)
                            || !(modifierAttested
                                    || (CompoundDictionary.mayBePart(modifier)
                                            && !lexicon.lemmasOnce(modifier).isEmpty()))) {
                        continue;
                    }
                    int score = ((headAttested ? 2 : 0) + (modifierAttested ? 1 : 0)) * PART_COST - link.length();
                    if (score > bestScore) {
                        bestScore = score;
                        best = List.of(new Part(0, modifier.length(), modifier), new Part(cut, form.length(), head));
                    }
                }
            }
        }
        return best;
    }

    /**
     * The verb of a separable verb the corpus does not use ("bijvullen" -> vullen, "rondbrengen" -> brengen), as
     * its one part, the head: the particle adds a direction, the verb names the work. Only when the corpus attests
     * the verb (in any form) and the dictionary knows the whole as a verb or adjective.
     */
    private List<Part> particleVerb(String word) {
        for (String particle : PARTICLES) {
            if (word.startsWith(particle) && word.length() - particle.length() >= MIN_PART) {
                String verb = word.substring(particle.length());
                boolean attested = dictionary.contains(verb);
                for (String lemma : attested ? List.<String>of() : lexicon.lemmasOnce(verb)) {
                    attested |= attestedLemmas().contains(lemma);
                }
                if (attested) {
                    return List.of(new Part(particle.length(), word.length(), verb));
                }
            }
        }
        return List.of();
    }

    private Set<String> attestedLemmas() {
        Set<String> lemmas = attestedLemmas;
        if (lemmas == null) {
            Set<String> all = new HashSet<>();
            for (Object word : dictionary) {
                all.addAll(lexicon.lemmas(new String((char[]) word)));
            }
            attestedLemmas = lemmas = Set.copyOf(all);
        }
        return lemmas;
    }

    List<Part> split(String word) {
        return split(word.toCharArray(), word.length());
    }

    private void splitInto(char[] word, int from, int to, List<Part> out) {
        int[] cover = bestCover(word, from, to);
        if (cover == null) {
            return;
        }
        for (int i = 0; i < cover.length; i += 2) {
            int start = cover[i];
            int end = cover[i + 1];
            out.add(new Part(start, end, new String(word, start, end - start)));
            if (end - start >= 2 * MIN_PART) {
                splitInto(word, start, end, out);
            }
        }
    }

    /**
     * The best cover of {@code word[from, to)} by two or more parts as (start, end) pairs, or null. Dynamic
     * programming over the end positions of parts: {@code cost[e]} is the cheapest cover of {@code [from, from + e)}
     * ending with a part at e, cost = parts * PART_COST + linking letters.
     */
    private int[] bestCover(char[] word, int from, int to) {
        int n = to - from;
        int[] cost = new int[n + 1];
        int[] partStart = new int[n + 1];
        int[] previousEnd = new int[n + 1];
        Arrays.fill(cost, Integer.MAX_VALUE);
        for (int end = MIN_PART; end <= n; end++) {
            for (int start = 0; start <= end - MIN_PART; start++) {
                // Only look a part up where a cover can continue (cheap), and never take the whole word itself.
                if ((start > 0 && !reachable(cost, start))
                        || (start == 0 && end == n)
                        || !dictionary.contains(word, from + start, end - start)) {
                    continue;
                }
                if (start == 0) {
                    relax(cost, partStart, previousEnd, end, 0, -1, PART_COST);
                    continue;
                }
                // The previous part ends right here, or just before a linking element ("bedrijf|s|leider").
                if (cost[start] != Integer.MAX_VALUE) {
                    relax(cost, partStart, previousEnd, end, start, start, cost[start] + PART_COST);
                }
                for (String link : LINKS) {
                    int previous = start - link.length();
                    if (previous > 0 && cost[previous] != Integer.MAX_VALUE && matches(word, from + previous, link)) {
                        relax(
                                cost,
                                partStart,
                                previousEnd,
                                end,
                                start,
                                previous,
                                cost[previous] + PART_COST + link.length());
                    }
                }
            }
        }
        int bestEnd = -1;
        int bestCost = Integer.MAX_VALUE;
        for (int end = MIN_PART; end <= n; end++) {
            if (cost[end] == Integer.MAX_VALUE || cost[end] < 2 * PART_COST) {
                continue;
            }
            int tail = tailLength(word, from + end, to, word[from + end - 1]);
            if (tail >= 0 && cost[end] + tail < bestCost) {
                bestCost = cost[end] + tail;
                bestEnd = end;
            }
        }
        if (bestEnd < 0) {
            return null;
        }
        int parts = bestCost / PART_COST;
        int[] bounds = new int[2 * parts];
        int i = bounds.length;
        for (int end = bestEnd; end >= 0; end = previousEnd[end]) {
            bounds[--i] = from + end;
            bounds[--i] = from + partStart[end];
        }
        return bounds;
    }

    /** Whether a part may start at {@code start}: a part ends there, or a linking element follows one. */
    private static boolean reachable(int[] cost, int start) {
        for (int back = 0; back <= 2; back++) {
            if (start - back > 0 && cost[start - back] != Integer.MAX_VALUE) {
                return true;
            }
        }
        return false;
    }

    private static void relax(
            int[] cost, int[] partStart, int[] previousEnd, int end, int start, int previous, int candidate) {
        // On a tie the later start wins: Dutch compounds nest to the left, (rechtbank)manager, not recht(bankmanager).
        if (candidate <= cost[end]) {
            cost[end] = candidate;
            partStart[end] = start;
            previousEnd[end] = previous;
        }
    }

    /** Letters after the last part that are inflection: none, a plural/adjective ending, or doubling + "en"/"e". */
    private static int tailLength(char[] word, int from, int to, char lastOfPart) {
        int n = to - from;
        if (n == 0) {
            return 0;
        }
        for (String tail : TAILS) {
            if (tail.length() == n && matches(word, from, tail)) {
                return n;
            }
        }
        boolean doubled = !DutchVerbForms.isVowel(lastOfPart) && word[from] == lastOfPart;
        if (doubled && ((n == 3 && matches(word, from + 1, "en")) || (n == 2 && word[from + 1] == 'e'))) {
            return n;
        }
        return -1;
    }

    private static boolean matches(char[] word, int at, String text) {
        for (int i = 0; i < text.length(); i++) {
            if (word[at + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allLetters(char[] word, int length) {
        for (int i = 0; i < length; i++) {
            if (!Character.isLetter(word[i])) {
                return false;
            }
        }
        return true;
    }
}
