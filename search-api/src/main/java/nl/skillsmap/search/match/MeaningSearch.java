package nl.skillsmap.search.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.skillsmap.analysis.DutchLexicon;
import nl.skillsmap.analysis.Terms;
import nl.skillsmap.index.IndexSchema;
import nl.skillsmap.index.IndexedWorkProcess;
import nl.skillsmap.model.CoreTask;
import nl.skillsmap.model.Qualification;
import nl.skillsmap.model.SkillRef;
import nl.skillsmap.model.WorkProcess;
import nl.skillsmap.search.catalogue.Catalogue;
import nl.skillsmap.search.index.IndexSnapshot;
import nl.skillsmap.semantic.SemanticSpace;
import org.apache.lucene.analysis.Analyzer;

/**
 * Ranks whole qualifications for one phrase by similarity of meaning in the index's {@link SemanticSpace}: a
 * phrase and a qualification that describe the same work in other words ("kantoren schoonmaken" and "maakt
 * ruimtes gebruiksklaar", "reiniging") lie close even when they share no word. The evidence names the
 * qualification's own words closest in meaning to the phrase, so a person can see why it was suggested.
 * Thread-safe; one per {@link IndexSnapshot}.
 */
public final class MeaningSearch {

    /** A word, inner hyphens and apostrophes kept ("ICT-beheer"), a hanging one not ("verkoop-" in "verkoop- en"). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['-][\\p{L}\\p{N}]+)*");

    private static final DutchLexicon LEXICON = DutchLexicon.bundled();

    private final SemanticSpace space;
    /** The inverse document frequency at or below which a term is among the space's most common. */
    private final float commonTermIdf;

    private final Analyzer analyzer;
    /**
     * By doc id of the snapshot's reader, the work process the doc holds as the space places it, made when first
     * needed: a phrase search weighs hundreds of work processes by doc id, so an array serves them without hashing.
     */
    private final AtomicReferenceArray<WorkProcessPlace> workProcesses;
    /** Crebo -> the qualification's distinct words and their terms' rows in the space, made when first explained. */
    private final Map<String, OwnWords> words = new ConcurrentHashMap<>();

    /**
     * A qualification's distinct words and the distinct rows of the semantic space their analysed terms have (the
     * terms it knows): many words share a term ("klant", "klanten"), so each row's similarity is computed once.
     *
     * @param slots per word, the places in {@code rows} of its terms' rows
     */
    private record OwnWords(List<String> words, int[][] slots, int[] rows) {}

    /** @param docs the number of doc ids of the snapshot's reader (its maxDoc) */
    public MeaningSearch(SemanticSpace space, Analyzer analyzer, int docs) {
        this.space = space;
        this.commonTermIdf = space.idfAtShare(MatchPolicy.COMMON_MEANING_TERMS);
        this.analyzer = analyzer;
        this.workProcesses = new AtomicReferenceArray<>(docs);
    }

    /** One qualification a phrase is close to, and how close (cosine, 0..1). */
    record Hit(String crebo, double similarity) {}

    /**
     * The unit vector of a phrase as the Dutch chain reads it for the profile field ({@link ProfileSearch#analyse}),
     * from its whole words; empty when the space knows none of them, or knows only common verbs: verbs among the
     * space's most common terms ({@link MatchPolicy#COMMON_MEANING_TERMS}: "werkt", "maakt", "gebruiken", "stellen")
     * say that something is done, not what. "Mila werkt als prikassistent bij de trombosedienst", of which the
     * space knows only "werkt", lay closest to the qualifications whose texts say little but "werk", "bereidt" and
     * "voert". A word is a verb here when the Dutch dictionary knows it and cannot read it as a noun; a rarer verb
     * ("de-escaleren", "metselen") places a phrase, as does a common noun ("machines", "klanten").
     */
    Optional<float[]> vector(ProfileSearch.PhraseTerms terms) {
        List<String> wholeWords = terms.wholeWords();
        for (String term : wholeWords) {
            if (space.knows(term)
                    && (space.idf(term) > commonTermIdf
                            || terms.wordsByTerm().getOrDefault(term, Set.of()).stream()
                                    .anyMatch(LEXICON::canBeNoun))) {
                return space.phraseVector(wholeWords);
            }
        }
        return Optional.empty();
    }

    /** The unit vector of any text, read as a phrase is; empty when the space knows none of its words. */
    Optional<float[]> textVector(String text) {
        return space.phraseVector(Terms.wholeWords(analyzer, IndexSchema.PROFILE, text));
    }

    /**
     * A work process as the space places it: the unit vector of its title (empty when the space knows none of its
     * words) and the row of its qualification in {@link SemanticSpace#qualifications()} (-1 when the space holds
     * none, or the doc holds no work process).
     */
    private record WorkProcessPlace(Optional<float[]> title, int qualificationRow) {}

    /** The place of the work process doc {@code doc} of the snapshot's reader holds; racing threads make equals. */
    private WorkProcessPlace workProcess(int doc, Catalogue catalogue) {
        WorkProcessPlace known = workProcesses.get(doc);
        if (known == null) {
            Optional<IndexedWorkProcess> wp = catalogue.workProcess(catalogue.idOf(doc));
            known = new WorkProcessPlace(
                    wp.flatMap(w -> textVector(w.title())),
                    wp.map(w -> space.qualificationRow(w.crebo())).orElse(-1));
            workProcesses.set(doc, known);
        }
        return known;
    }

    /**
     * Cosine of a phrase vector with the title of the work process doc {@code doc} holds; 0 when the space knows
     * none of the title's words.
     */
    double workProcessSimilarity(float[] vector, int doc, Catalogue catalogue) {
        return workProcess(doc, catalogue)
                .title()
                .map(v -> (double) SemanticSpace.dot(vector, v))
                .orElse(0.0);
    }

    /**
     * A phrase's place in the semantic space with its closeness to every qualification the space holds (in the
     * order of {@link SemanticSpace#qualifications()}), computed once: the meaning search ranks qualifications by
     * it, and the phrase search weighs each work process it proposes by its qualification's.
     */
    record Place(float[] vector, double[] qualificationSimilarities) {}

    Place place(float[] vector) {
        return new Place(vector, space.qualificationSimilarities(vector));
    }

    /** The place of any text, read as a phrase is; empty when the space knows none of its words. */
    Optional<Place> textPlace(String text) {
        return textVector(text).map(this::place);
    }

    /** Cosine of a phrase with the qualification of the work process doc {@code doc} holds, at least 0. */
    double qualificationSimilarity(Place place, int doc, Catalogue catalogue) {
        int row = workProcess(doc, catalogue).qualificationRow();
        return Math.max(0, row < 0 ? 0 : place.qualificationSimilarities()[row]);
    }

    /**
     * The qualifications closest to a phrase vector, closest first: at most {@link MatchPolicy#MEANING_CANDIDATES},
     * each at least {@link MatchPolicy#MIN_MEANING_SIMILARITY}.
     */
    List<Hit> search(float[] vector) {
        return search(place(vector));
    }

    /** {@link #search(float[])} of a phrase whose place is known. */
    List<Hit> search(Place place) {
        double[] similarities = place.qualificationSimilarities();
        List<String> crebos = space.qualifications();
        double lowest = lowestKept(similarities);
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < similarities.length; i++) {
            if (similarities[i] >= lowest) {
                hits.add(new Hit(crebos.get(i), similarities[i]));
            }
        }
        hits.sort(CLOSEST_FIRST);
        return hits.size() > MatchPolicy.MEANING_CANDIDATES
                ? List.copyOf(hits.subList(0, MatchPolicy.MEANING_CANDIDATES))
                : hits;
    }

    /** Closest first, then by crebo. */
    private static final Comparator<Hit> CLOSEST_FIRST = (a, b) -> {
        int bySimilarity = Double.compare(b.similarity(), a.similarity());
        return bySimilarity != 0 ? bySimilarity : a.crebo().compareTo(b.crebo());
    };

    /**
     * The least similarity a kept qualification can have: {@link MatchPolicy#MIN_MEANING_SIMILARITY}, or the
     * {@link MatchPolicy#MEANING_CANDIDATES}-th highest similarity when more reach that (those tied with it are
     * then ordered by crebo), so only the qualifications that can be kept are ordered.
     */
    private static double lowestKept(double[] similarities) {
        double[] reaching = new double[similarities.length];
        int n = 0;
        for (double similarity : similarities) {
            if (similarity >= MatchPolicy.MIN_MEANING_SIMILARITY) {
                reaching[n++] = similarity;
            }
        }
        return Math.max(
                MatchPolicy.MIN_MEANING_SIMILARITY, TopScores.kthHighest(reaching, n, MatchPolicy.MEANING_CANDIDATES));
    }

    /**
     * The qualification's own words (name, core tasks, work processes, skills) closest in meaning to the phrase
     * vector, closest first, at most {@link MatchPolicy#MEANING_WORDS_SHOWN}, each at least
     * {@link MatchPolicy#MIN_MEANING_WORD_SIMILARITY}.
     */
    List<String> closestWords(Qualification q, float[] vector) {
        OwnWords own = words.computeIfAbsent(q.crebo(), k -> analysedWords(q));
        double[] similarities = new double[own.rows().length];
        for (int r = 0; r < similarities.length; r++) {
            similarities[r] = space.termSimilarity(vector, own.rows()[r]);
        }
        // Only the few shown are kept, in order, as they are found.
        List<Map.Entry<String, Double>> closest = new ArrayList<>(MatchPolicy.MEANING_WORDS_SHOWN + 1);
        for (int w = 0; w < own.words().size(); w++) {
            double best = 0;
            for (int slot : own.slots()[w]) {
                best = Math.max(best, similarities[slot]);
            }
            if (best >= MatchPolicy.MIN_MEANING_WORD_SIMILARITY) {
                Map.Entry<String, Double> word = Map.entry(own.words().get(w), best);
                int at = closest.size();
                while (at > 0 && CLOSEST_WORD_FIRST.compare(word, closest.get(at - 1)) < 0) {
                    at--;
                }
                if (at < MatchPolicy.MEANING_WORDS_SHOWN) {
                    closest.add(at, word);
                    if (closest.size() > MatchPolicy.MEANING_WORDS_SHOWN) {
                        closest.removeLast();
                    }
                }
            }
        }
        return closest.stream().map(Map.Entry::getKey).toList();
    }

    /** Closest first, then by word. */
    private static final Comparator<Map.Entry<String, Double>> CLOSEST_WORD_FIRST =
            Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry::getKey);

    private OwnWords analysedWords(Qualification q) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        Stream<String> texts = Stream.of(
                        Stream.of(q.name()),
                        q.coreTasks().stream().map(CoreTask::title),
                        q.workProcesses().map(WorkProcess::title),
                        q.skills().stream().map(SkillRef::label))
                .flatMap(s -> s);
        texts.filter(t -> t != null && !t.isBlank())
                .forEach(text -> WORD.matcher(text)
                        .results()
                        .map(m -> m.group().toLowerCase(Locale.ROOT))
                        .filter(word -> !result.containsKey(word))
                        .forEach(word -> {
                            List<String> terms = Terms.wholeWords(analyzer, IndexSchema.PROFILE, word);
                            if (!terms.isEmpty()) {
                                result.put(word, terms);
                            }
                        }));
        Map<Integer, Integer> slotOfRow = new LinkedHashMap<>();
        List<String> own = new ArrayList<>(result.size());
        int[][] slots = new int[result.size()][];
        result.forEach((word, terms) -> {
            slots[own.size()] = terms.stream()
                    .mapToInt(space::termRow)
                    .filter(row -> row >= 0)
                    .map(row -> slotOfRow.computeIfAbsent(row, r -> slotOfRow.size()))
                    .toArray();
            own.add(word);
        });
        int[] rows = slotOfRow.keySet().stream().mapToInt(Integer::intValue).toArray();
        return new OwnWords(List.copyOf(own), slots, rows);
    }
}
