package nl.skillsmap.search.match;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
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
 * reading of one word must be a word that names a thing: in "uitleggen en adviseren" neither verb alone says
 * which work is meant. A comma joins only in a list that a conjunction ends ("tent, podium en
 * bandjes"); "werken op hoogte, ook bij slecht weer" is one piece of work. A conjunction after a hyphen joins parts of
 * compounds ("nacht- en weekenddiensten"), not work. Thread-safe.
 */
final class Coordination {

    private static final DutchLexicon LEXICON = DutchLexicon.bundled();

    private static final Pattern SEPARATOR =
            Pattern.compile("(?<![\\p{L}\\p{N}/-])(en/of|en|of)(?![\\p{L}\\p{N}/-])|,", Pattern.CASE_INSENSITIVE);

    /** Most one-word readings of one phrase: a list of lists ("a en b voor c en d") multiplies them. */
    static final int MAX_READINGS = 8;

    private Coordination() {}

    /**
     * @param text    the phrase as typed
     * @param content the phrase's content words, as {@code analyse} read the whole text
     * @param analyse reads a piece of text into content words, as the phrase was read
     * @return the readings, each a set of positions in {@code content}, none of them the whole phrase; empty when the
     *     phrase joins nothing
     */
    static List<BitSet> readings(String text, List<Word> content, Function<String, List<Word>> analyse) {
        List<String> pieces = pieces(text);
        if (pieces.size() < 2 || content.size() < 2) {
            return List.of();
        }
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < content.size(); i++) {
            position.putIfAbsent(content.get(i).surface(), i);
        }
        List<List<Integer>> segments = new ArrayList<>();
        for (String piece : pieces) {
            List<Integer> words = new ArrayList<>();
            for (Word word : analyse.apply(piece)) {
                Integer at = position.get(word.surface());
                if (at != null && !words.contains(at)) {
                    words.add(at);
                }
            }
            if (!words.isEmpty()) {
                segments.add(words);
            }
        }
        if (segments.size() < 2) {
            return List.of();
        }
        BitSet all = new BitSet();
        all.set(0, content.size());
        Set<BitSet> readings = new LinkedHashSet<>();
        joinedWords(segments, content.size()).forEach(reading -> readings.add(reading));
        for (int j = 0; j + 1 < segments.size(); j++) {
            BitSet before = union(segments.subList(0, j + 1));
            BitSet after = union(segments.subList(j + 1, segments.size()));
            if (isClause(before, content) && isClause(after, content)) {
                readings.add(before);
                readings.add(after);
            }
        }
        List<BitSet> result = new ArrayList<>();
        for (BitSet reading : readings) {
            if (reading.isEmpty() || reading.equals(all)) {
                continue;
            }
            if (reading.cardinality() == 1
                    && !namesAThing(content.get(reading.nextSetBit(0)).surface())) {
                continue;
            }
            result.add(reading);
        }
        return result;
    }

    /** The text between the conjunctions (and the commas of a list a conjunction ends), in order. */
    static List<String> pieces(String text) {
        List<int[]> cuts = new ArrayList<>();
        boolean conjunction = false;
        Matcher m = SEPARATOR.matcher(text);
        while (m.find()) {
            String before = text.substring(0, m.start()).stripTrailing();
            if (before.endsWith("-")) {
                continue;
            }
            conjunction |= m.group(1) != null;
            cuts.add(new int[] {m.start(), m.end()});
        }
        if (!conjunction) {
            return List.of(text);
        }
        List<String> pieces = new ArrayList<>();
        int from = 0;
        for (int[] cut : cuts) {
            pieces.add(text.substring(from, cut[0]));
            from = cut[1];
        }
        pieces.add(text.substring(from));
        return pieces;
    }

    /**
     * The readings in which each conjunction joins the words beside it: the words joined in a chain ("tent, podium en
     * bandjes") form one group, and each reading keeps one word of every group and all words outside the groups.
     */
    private static List<BitSet> joinedWords(List<List<Integer>> segments, int size) {
        int[] group = new int[size];
        for (int i = 0; i < size; i++) {
            group[i] = i;
        }
        for (int j = 0; j + 1 < segments.size(); j++) {
            List<Integer> left = segments.get(j);
            union(group, left.get(left.size() - 1), segments.get(j + 1).get(0));
        }
        Map<Integer, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < size; i++) {
            groups.computeIfAbsent(find(group, i), k -> new ArrayList<>()).add(i);
        }
        List<BitSet> readings = new ArrayList<>();
        BitSet start = new BitSet();
        start.set(0, size);
        readings.add(start);
        for (List<Integer> members : groups.values().stream()
                .filter(g -> g.size() > 1)
                .sorted((a, b) -> Integer.compare(a.get(0), b.get(0)))
                .toList()) {
            List<BitSet> next = new ArrayList<>();
            for (BitSet reading : readings) {
                for (int kept : members) {
                    if (next.size() >= MAX_READINGS) {
                        break;
                    }
                    BitSet one = (BitSet) reading.clone();
                    members.forEach(one::clear);
                    one.set(kept);
                    next.add(one);
                }
            }
            readings = next;
        }
        return readings.size() == 1 ? List.of() : readings;
    }

    /**
     * A word that can only name a thing, or that the dictionary does not know (a trade's own word): many infinitives
     * are also nouns ("plannen", "lossen"), and a verb alone does not say which work is meant.
     */
    private static boolean namesAThing(String word) {
        return LEXICON.canBeNoun(word) && !LEXICON.canBeVerb(word);
    }

    /** Two words or more, one of them a verb: a clause that names work on its own. */
    private static boolean isClause(BitSet words, List<Word> content) {
        if (words.cardinality() < 2) {
            return false;
        }
        for (int i = words.nextSetBit(0); i >= 0; i = words.nextSetBit(i + 1)) {
            if (LEXICON.canBeVerb(content.get(i).surface())) {
                return true;
            }
        }
        return false;
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
