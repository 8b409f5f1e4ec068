package nl.skillsmap.search.match;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.skillsmap.analysis.DutchLexicon;
import nl.skillsmap.search.catalogue.Word;

/**
 * The readings of a phrase that joins several pieces of work with "en" or "of": "kassa en geldafhandeling" is the
 * till and the cash handling, "pallets laden en lossen" is loading pallets and unloading them, "borden uitserveren en
 * tafels afruimen" is serving and clearing tables. A work process that is one of them is that work ("Werkt met de
 * kassa"), although it says only part of the phrase. Each reading is a set of the phrase's content words.
 *
 * <p>Without a parse, the words on either side of a conjunction are taken to be what it joins, the rest shared by
 * both ("koffie en cocktails maken": "koffie maken", "cocktails maken"). Where both sides are clauses of two words or
 * more with a verb of their own, each side is also a reading on its own ("borden uitserveren", "tafels afruimen"). A
 * reading of one word must be a word that only names a thing: in "uitleggen en adviseren" neither verb alone says
 * which work is meant. A comma joins only the single words of a list that a conjunction ends ("tent, podium en
 * bandjes"); "werken op hoogte, ook bij wind en regen" joins wind and rain, not the height and the weather, and "2,5"
 * is a number. A conjunction beside a hyphen joins parts of compounds ("nacht- en weekenddiensten",
 * "loonadministratie en -belasting"), not work, and "of" between a verb and a clause asks whether ("controleren of de
 * kwaliteit goed is"). A word two pieces say belongs to what they share ("koffie zetten en thee zetten"). Thread-safe.
 */
final class Coordination {

    private static final DutchLexicon LEXICON = DutchLexicon.bundled();

    private static final Pattern SEPARATOR = Pattern.compile(
            "(?<![\\p{L}\\p{N}/\\p{Pd}])(en/of|en|of)(?![\\p{L}\\p{N}/\\p{Pd}])|(?<!\\d),|,(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A hyphen or dash at the end of a compound's elided part ("nacht-", "nacht–"). */
    private static final Pattern ELIDED_PART = Pattern.compile("\\p{Pd}$");

    /** A hyphen or dash that starts a compound's part whose front is elided ("-belasting"). */
    private static final Pattern ELIDED_FRONT = Pattern.compile("\\s*\\p{Pd}\\p{L}");

    private static final Set<String> ARTICLES = Set.of("de", "het", "een");

    /**
     * Words that open a clause: after a verb and "of", "of" asks whether ("controleren of de kwaliteit goed is")
     * rather than joining two pieces of work ("de kassa of de pin").
     */
    private static final Set<String> CLAUSE_OPENERS = Set.of(
            "de", "het", "een", "er", "ze", "zij", "hij", "je", "jij", "we", "wij", "ik", "u", "die", "dat", "deze",
            "dit", "alles", "iemand", "iets", "hun", "haar", "zijn", "mijn", "jouw", "onze");

    /**
     * Most readings made by choosing one word of every group of joined words: a list of lists ("posts en filmpjes
     * maken voor Instagram en TikTok") multiplies them; beyond this, each group is read on its own instead, the other
     * groups whole, so that no item of a long list goes without a reading.
     */
    static final int MAX_READINGS = 8;

    private Coordination() {}

    /**
     * One reading of a phrase.
     *
     * @param words the reading's words, as positions in the phrase's content words
     * @param own   those of its words that not every reading of the phrase has
     */
    record Reading(BitSet words, BitSet own) {}

    /**
     * @param text    the phrase as typed
     * @param content the phrase's content words, as {@code analyse} read the whole text
     * @param analyse reads a piece of text into content words, as the phrase was read
     * @return the readings, none of them the whole phrase, in a fixed order; empty when the phrase joins nothing
     */
    static List<Reading> readings(String text, List<Word> content, Function<String, List<Word>> analyse) {
        List<String> pieces = pieces(text);
        if (pieces.size() < 2 || content.size() < 2) {
            return List.of();
        }
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < content.size(); i++) {
            position.putIfAbsent(content.get(i).surface(), i);
        }
        List<List<Integer>> segments = new ArrayList<>();
        int[] pieceCount = new int[content.size()];
        for (String piece : pieces) {
            List<Integer> words = new ArrayList<>();
            for (Word word : analyse.apply(piece)) {
                Integer at = position.get(word.surface());
                if (at != null && !words.contains(at)) {
                    words.add(at);
                    pieceCount[at]++;
                }
            }
            if (!words.isEmpty()) {
                segments.add(words);
            }
        }
        if (segments.size() < 2) {
            return List.of();
        }
        // A word two pieces say ("zetten" of "koffie zetten en thee zetten") is shared, not what is joined.
        BitSet repeated = new BitSet();
        for (int i = 0; i < pieceCount.length; i++) {
            repeated.set(i, pieceCount[i] > 1);
        }
        BitSet all = new BitSet();
        all.set(0, content.size());
        Set<BitSet> candidates = new LinkedHashSet<>(joinedWords(segments, repeated, content.size()));
        boolean[] clause = new boolean[segments.size()];
        for (int j = 0; j < clause.length; j++) {
            clause[j] = isClause(segments.get(j), content);
        }
        for (int j = 0; j + 1 < segments.size(); j++) {
            // Two clauses meet here where the pieces on both sides are clauses, not items of a list: each side is a
            // reading, and so is each of the two clauses on its own (the middle one of three).
            if (clause[j] && clause[j + 1]) {
                candidates.add(union(segments.subList(0, j + 1)));
                candidates.add(union(segments.subList(j + 1, segments.size())));
                candidates.add(union(segments.subList(j, j + 1)));
                candidates.add(union(segments.subList(j + 1, j + 2)));
            }
        }
        candidates.removeIf(reading -> reading.isEmpty() || reading.equals(all));
        BitSet common = (BitSet) all.clone();
        candidates.forEach(common::and);
        List<Reading> result = new ArrayList<>();
        for (BitSet reading : candidates) {
            if (reading.cardinality() == 1
                    && !onlyNamesAThing(content.get(reading.nextSetBit(0)).surface())) {
                continue;
            }
            BitSet own = (BitSet) reading.clone();
            own.andNot(common);
            result.add(new Reading(reading, own));
        }
        return result;
    }

    /** The text between the conjunctions (and the commas of a list a conjunction ends), in order. */
    static List<String> pieces(String text) {
        List<int[]> cuts = new ArrayList<>();
        List<Boolean> commas = new ArrayList<>();
        Matcher m = SEPARATOR.matcher(text);
        while (m.find()) {
            String before = text.substring(0, m.start()).stripTrailing();
            if (ELIDED_PART.matcher(before).find()) {
                continue;
            }
            boolean comma = m.group(1) == null;
            if (!comma && ELIDED_FRONT.matcher(text.substring(m.end())).lookingAt()) {
                continue; // "loonadministratie en -belasting"
            }
            if (!comma
                    && m.group(1).equalsIgnoreCase("of")
                    && CLAUSE_OPENERS.contains(firstWord(text.substring(m.end())))
                    && LEXICON.canBeVerb(lastWord(before))) {
                continue;
            }
            cuts.add(new int[] {m.start(), m.end()});
            commas.add(comma);
        }
        // A comma is a list's only where single words follow it up to the conjunction that ends the list.
        List<int[]> kept = new ArrayList<>();
        boolean listContinues = false;
        for (int i = cuts.size() - 1; i >= 0; i--) {
            int end = i + 1 < cuts.size() ? cuts.get(i + 1)[0] : text.length();
            boolean oneWordAfter = oneWord(text.substring(cuts.get(i)[1], end));
            if (!commas.get(i)) {
                kept.addFirst(cuts.get(i));
                listContinues = true;
            } else if (listContinues && oneWordAfter) {
                kept.addFirst(cuts.get(i));
            } else {
                listContinues = false;
            }
        }
        if (kept.isEmpty()) {
            return List.of(text);
        }
        List<String> pieces = new ArrayList<>();
        int from = 0;
        for (int[] cut : kept) {
            pieces.add(text.substring(from, cut[0]));
            from = cut[1];
        }
        pieces.add(text.substring(from));
        return pieces;
    }

    /** One word, with or without an article before it ("podium", "het podium"). */
    private static boolean oneWord(String item) {
        String[] words = item.strip().split("\\s+");
        return words.length == 1 || (words.length == 2 && ARTICLES.contains(words[0].toLowerCase(Locale.ROOT)));
    }

    private static String lastWord(String text) {
        String[] words = text.strip().split("\\s+");
        return words[words.length - 1].toLowerCase(Locale.ROOT);
    }

    private static String firstWord(String text) {
        String stripped = text.strip();
        int end = 0;
        while (end < stripped.length() && Character.isLetter(stripped.charAt(end))) {
            end++;
        }
        return stripped.substring(0, end).toLowerCase(Locale.ROOT);
    }

    /**
     * The readings in which each conjunction joins the words beside it: the words joined in a chain ("tent, podium en
     * bandjes") form one group, and each reading keeps one word of a group and the words outside it: of every group
     * at once where that makes at most {@link #MAX_READINGS} readings, else of one group at a time.
     */
    private static List<BitSet> joinedWords(List<List<Integer>> segments, BitSet repeated, int size) {
        int[] group = new int[size];
        for (int i = 0; i < size; i++) {
            group[i] = i;
        }
        for (int j = 0; j + 1 < segments.size(); j++) {
            List<Integer> left =
                    segments.get(j).stream().filter(i -> !repeated.get(i)).toList();
            List<Integer> right =
                    segments.get(j + 1).stream().filter(i -> !repeated.get(i)).toList();
            if (!left.isEmpty() && !right.isEmpty()) {
                union(group, left.get(left.size() - 1), right.get(0));
            }
        }
        Map<Integer, List<Integer>> byRoot = new HashMap<>();
        for (int i = 0; i < size; i++) {
            byRoot.computeIfAbsent(find(group, i), k -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> groups = byRoot.values().stream()
                .filter(g -> g.size() > 1)
                .sorted((a, b) -> Integer.compare(a.get(0), b.get(0)))
                .toList();
        BitSet all = new BitSet();
        all.set(0, size);
        long combinations = 1;
        for (List<Integer> members : groups) {
            combinations *= members.size();
        }
        List<BitSet> readings = new ArrayList<>();
        if (combinations <= MAX_READINGS) {
            readings.add(all);
            for (List<Integer> members : groups) {
                List<BitSet> next = new ArrayList<>();
                for (BitSet reading : readings) {
                    for (int kept : members) {
                        next.add(keeping(reading, members, kept));
                    }
                }
                readings = next;
            }
        } else {
            for (List<Integer> members : groups) {
                for (int kept : members) {
                    readings.add(keeping(all, members, kept));
                }
            }
        }
        return groups.isEmpty() ? List.of() : readings;
    }

    /** The reading without the members of a group but the one kept. */
    private static BitSet keeping(BitSet reading, List<Integer> members, int kept) {
        BitSet one = (BitSet) reading.clone();
        members.forEach(one::clear);
        one.set(kept);
        return one;
    }

    /**
     * A word that can only name a thing, or that the dictionary does not know (a trade's own word): many infinitives
     * are also nouns ("plannen", "lossen"), and a verb alone does not say which work is meant.
     */
    private static boolean onlyNamesAThing(String word) {
        return LEXICON.canBeNoun(word) && !LEXICON.canBeVerb(word);
    }

    /** Two words or more, one of them a verb: a clause that names work on its own. */
    private static boolean isClause(List<Integer> words, List<Word> content) {
        return words.size() >= 2
                && words.stream().anyMatch(i -> LEXICON.canBeVerb(content.get(i).surface()));
    }

    private static BitSet union(List<List<Integer>> segments) {
        BitSet words = new BitSet();
        segments.forEach(segment -> segment.forEach(words::set));
        return words;
    }

    private static void union(int[] group, int a, int b) {
        group[find(group, a)] = find(group, b);
    }

    private static int find(int[] group, int i) {
        while (group[i] != i) {
            i = group[i];
        }
        return i;
    }
}
