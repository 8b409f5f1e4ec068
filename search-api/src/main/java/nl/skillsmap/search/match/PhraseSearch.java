package nl.skillsmap.search.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;
import nl.skillsmap.analysis.DutchLexicon;
import nl.skillsmap.index.DocType;
import nl.skillsmap.index.IndexSchema;
import nl.skillsmap.search.FieldWeights;
import nl.skillsmap.search.catalogue.Catalogue;
import nl.skillsmap.search.catalogue.Word;
import nl.skillsmap.search.catalogue.WordAnalysis;
import nl.skillsmap.search.catalogue.WorkProcessText;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Resolves a phrase a person typed to the work processes and skills that say it. The phrase is read by the
 * Dutch chain into content words (never parsed as query syntax); each word becomes one clause that takes the best
 * of its terms over the fields (title strongly, core-task title and description weaker), so a compound's parts
 * do not count three times. The search proposes candidates; {@link WordMatcher} measures each, and
 * {@link MatchPolicy} decides which resolve. Thread-safe.
 */
final class PhraseSearch {

    private static final DutchLexicon LEXICON = DutchLexicon.bundled();

    private static final FieldWeights WEIGHTS = FieldWeights.PHRASE_MATCH;
    /** A synonym says the word less surely than the word itself. */
    private static final float SYNONYM_BOOST = 0.6f;

    private static final float TIE_BREAKER = 0.1f;
    private static final List<String> SEARCHED_FIELDS =
            List.of(IndexSchema.TITLE, IndexSchema.LABELS, IndexSchema.TEXT);

    private final WordAnalysis words;
    private final WordMatcher matcher;
    private final WordMatcher labelMatcher;
    private final MeaningSearch meanings;
    private final LabelTermWeights labelTermWeights;

    /**
     * @param labelTermWeights the weights of skill labels' terms, of the snapshot searched (see
     *                         {@link LabelTermWeights})
     */
    PhraseSearch(WordAnalysis words, WordMatcher matcher, MeaningSearch meanings, LabelTermWeights labelTermWeights) {
        this.words = words;
        this.labelTermWeights = labelTermWeights;
        this.matcher = matcher;
        this.labelMatcher = matcher.forLabels();
        this.meanings = meanings;
    }

    /** A work process or skill a phrase resolved to. */
    record Hit(String id, double strength, How how, List<String> matchedTerms) {}

    /**
     * @param skills skills of the taxonomy and skills qualifications list, strongest first
     */
    record Resolution(List<Hit> workProcesses, List<Hit> skills) {
        static final Resolution NONE = new Resolution(List.of(), List.of());
    }

    /** Who wrote a phrase, which decides how it is read. */
    enum Source {
        /** The person, in their own words: its work processes and the taxonomy's skills are searched. */
        TYPED,
        /**
         * A name of the job the person named ("metselaar"), read as typed words are, without searching the skill
         * records (the job's skills are read on their own). The qualification of that job uses the name in the
         * descriptions of its work processes, whose titles often do not ("Bereidt de werkzaamheden voor"), so those
         * work processes still count.
         */
        JOB_NAME,
        /**
         * The label of one of the named job's skills: words the person did not write, one of many, each read as work
         * the person does. A work process counts only where its title says some of the label, not where only its
         * description does ("afval sorteren", a cleaner's skill, is in the description of a waste-management
         * qualification's "Rondt de werkzaamheden af"). The skill records are not searched: they would only find the
         * label's own skill and its near-duplicates. The title must say the label's words as words of its own, the same
         * or another form of them, not as parts of its compounds: a guard's "surveillancemateriaal controleren" is not
         * a joiner's "Hout en plaatmateriaal selecteren, controleren en transporteren", nor a forklift driver's
         * "voorraad overbrengen" a bicycle technician's "Ondersteunt bij voorraadbeheer".
         */
        SKILL_LABEL
    }

    /**
     * @param place  the phrase's place in the semantic space, as the caller already read it (empty when the space
     *               knows none of its words)
     * @param source who wrote the phrase
     */
    Resolution resolve(
            IndexSearcher searcher,
            Catalogue catalogue,
            String phrase,
            Optional<MeaningSearch.Place> place,
            Source source) {
        List<Word> content = words.phrase(phrase);
        if (content.isEmpty()) {
            return Resolution.NONE;
        }
        try {
            WordMatcher.WeightedPhrase weighted = weigh(searcher.getIndexReader(), catalogue, content);
            if (weighted.totalWeight() <= 0) {
                return Resolution.NONE;
            }
            List<Reading> readings = readings(phrase, content, weighted);
            List<Hit> workProcesses = workProcesses(searcher, catalogue, weighted, readings, place, source);
            Map<String, Hit> skills = new HashMap<>();
            if (source == Source.TYPED) {
                taxonomySkills(searcher, catalogue, weighted, readings)
                        .forEach(h -> skills.merge(h.id(), h, PhraseSearch::stronger));
            }
            qualificationSkills(catalogue, weighted, readings)
                    .forEach(h -> skills.merge(h.id(), h, PhraseSearch::stronger));
            List<Hit> skillHits = skills.values().stream()
                    .sorted(Comparator.comparingDouble(Hit::strength).reversed().thenComparing(Hit::id))
                    .limit(MatchPolicy.MAX_RESOLVED_SKILLS)
                    .toList();
            return new Resolution(workProcesses, skillHits);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search for '" + phrase + "'", e);
        }
    }

    /**
     * The work processes a phrase is the same work as ({@link SameWork#SHARED} and more; for a skill's label, only
     * those whose title says some of it), surest first; each hit's strength is the certainty.
     */
    private List<Hit> workProcesses(
            IndexSearcher searcher,
            Catalogue catalogue,
            WordMatcher.WeightedPhrase phrase,
            List<Reading> readings,
            Optional<MeaningSearch.Place> place,
            Source source)
            throws IOException {
        List<Scored> hits = new ArrayList<>();
        for (SameWork.Candidate c : candidates(searcher, catalogue, phrase, readings, place)) {
            double certainty = Evidence.round(SameWork.certainty(c.signals()));
            if (certainty >= SameWork.SHARED
                    && !c.incidental()
                    && (source != Source.SKILL_LABEL
                            || (c.signals().titleStrength() > 0 && c.how().ordinal() <= How.STEM.ordinal()))) {
                hits.add(new Scored(new Hit(c.id(), certainty, c.how(), c.matchedTerms()), c.score()));
            }
        }
        return best(hits, MatchPolicy.MAX_RESOLVED_WORK_PROCESSES);
    }

    /**
     * Whether a match rests on one word of the phrase that cannot say on its own which work is meant: a common word
     * ({@link MatchPolicy#COMMON_WORD_SHARE}: "communiceren met klanten" and "Ontvangt klant" share only "klant"), or a
     * word that cannot name a thing (a verb, an adjective) while the phrase names one the work process does not say,
     * a word the dictionary knows as a noun, and the work process's qualification lies outside the phrase's field
     * ({@link MatchPolicy#OWN_FIELD}): "wifi en netwerk instellen" is not a joiner's "Houtbewerkingsmachines
     * instellen", while "assisteren bij de dierenarts" is a veterinary assistant's "Assisteert bij operaties". Two
     * words said together name the work, however common each is ("dieren voeren en verzorgen" and "Verzorgt
     * dieren").
     *
     * @param context how close the phrase lies to the work process's qualification ({@link SameWork.Signals#context})
     */
    private static boolean incidental(
            WordMatcher.WordMatch match, WordMatcher.WeightedPhrase phrase, WordRoles roles, double context) {
        if (match.saidWords().cardinality() != 1) {
            return false;
        }
        if (match.rarest() < roles.commonWeight()) {
            return true;
        }
        int said = match.saidWords().nextSetBit(0);
        if (context >= MatchPolicy.OWN_FIELD || roles.mayNameAThing().get(said)) {
            return false;
        }
        BitSet unsaidThings = (BitSet) roles.namesAThing().clone();
        unsaidThings.andNot(match.saidWords());
        return !unsaidThings.isEmpty();
    }

    /**
     * What the dictionary says of each word of a phrase, and where a word is common, read once per phrase rather than
     * once per candidate. A
     * phrase's last word that can be a verb is one, whatever else it can be: Dutch puts the infinitive last ("touwen
     * vlechten", though "vlechten" is also the plural of "vlecht").
     *
     * @param mayNameAThing the words it can read as a noun or does not know ({@link DutchLexicon#canBeNoun}), but for
     *                      that verb
     * @param namesAThing   the informative words it knows as a noun, but for that verb
     * @param commonWeight  the weight below which a word is common ({@link WordMatcher.WeightedPhrase#commonRarity})
     */
    private record WordRoles(BitSet mayNameAThing, BitSet namesAThing, double commonWeight) {

        static WordRoles of(WordMatcher.WeightedPhrase phrase) {
            BitSet mayNameAThing = new BitSet();
            BitSet namesAThing = new BitSet();
            int last = phrase.words().size() - 1;
            for (int i = 0; i <= last; i++) {
                String word = phrase.words().get(i).surface();
                if (i == last && i > 0 && LEXICON.canBeVerb(word)) {
                    continue;
                }
                mayNameAThing.set(i, LEXICON.canBeNoun(word));
                namesAThing.set(
                        i, phrase.weights()[i] > 0 && !LEXICON.nounLemmas(word).isEmpty());
            }
            return new WordRoles(mayNameAThing, namesAThing, phrase.commonRarity() * phrase.ceiling());
        }
    }

    /** Every work process the phrase's words reach, with its signals: what {@link SameWork} decides on. */
    List<SameWork.Candidate> candidates(
            IndexSearcher searcher, Catalogue catalogue, String phrase, Optional<MeaningSearch.Place> place) {
        List<Word> content = words.phrase(phrase);
        if (content.isEmpty()) {
            return List.of();
        }
        try {
            WordMatcher.WeightedPhrase weighted = weigh(searcher.getIndexReader(), catalogue, content);
            return weighted.totalWeight() <= 0
                    ? List.of()
                    : candidates(searcher, catalogue, weighted, readings(phrase, content, weighted), place);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search for '" + phrase + "'", e);
        }
    }

    private List<SameWork.Candidate> candidates(
            IndexSearcher searcher,
            Catalogue catalogue,
            WordMatcher.WeightedPhrase phrase,
            List<Reading> readings,
            Optional<MeaningSearch.Place> place)
            throws IOException {
        TopDocs top =
                searcher.search(query(phrase.words(), DocType.WORK_PROCESS, true), MatchPolicy.WORK_PROCESS_CANDIDATES);
        List<SameWork.Candidate> result = new ArrayList<>();
        WordRoles roles = WordRoles.of(phrase);
        // What the person typed is one word or more: a reading of one word of several is not a one-word phrase.
        double single = phrase.informativeWords() == 1 ? 1 : 0;
        for (ScoreDoc sd : relevant(top)) {
            WorkProcessText texts = catalogue.textOfDoc(sd.doc);
            List<WordMatcher.Field> fields = List.of(
                    new WordMatcher.Field(texts.title(), MatchPolicy.TITLE),
                    new WordMatcher.Field(texts.body(), MatchPolicy.BODY),
                    new WordMatcher.Field(texts.coreTask(), MatchPolicy.CORE_TASK));
            Optional<WordMatcher.WordMatch> all = matcher.match(phrase, fields);
            if (all.isEmpty()) {
                continue;
            }
            double meaning = Math.max(
                    0,
                    place.map(p -> meanings.workProcessSimilarity(p.vector(), sd.doc, catalogue))
                            .orElse(0.0));
            double context = place.map(p -> meanings.qualificationSimilarity(p, sd.doc, catalogue))
                    .orElse(0.0);
            Candidacy best =
                    candidacy(catalogue.idOf(sd.doc), sd.score, phrase, roles, all.get(), meaning, context, single);
            for (Reading reading : readings) {
                if (!reading.says(all.get())) {
                    continue;
                }
                Optional<WordMatcher.WordMatch> part = matcher.match(reading.phrase(), fields);
                if (part.isPresent()) {
                    Candidacy other = candidacy(
                            best.candidate().id(),
                            sd.score,
                            reading.phrase(),
                            reading.roles(),
                            part.get(),
                            meaning,
                            context,
                            single);
                    best = other.surer(best) ? other : best;
                }
            }
            result.add(best.candidate());
        }
        return result;
    }

    /** A candidate as one reading of the phrase proposes it, with the certainty {@link SameWork} gives it. */
    private record Candidacy(SameWork.Candidate candidate, double certainty) {

        /** Counted before not counted, then the surer; the first at equal certainty. */
        boolean surer(Candidacy other) {
            if (candidate.incidental() != other.candidate.incidental()) {
                return !candidate.incidental();
            }
            return certainty > other.certainty;
        }
    }

    private static Candidacy candidacy(
            String id,
            float score,
            WordMatcher.WeightedPhrase phrase,
            WordRoles roles,
            WordMatcher.WordMatch m,
            double meaning,
            double context,
            double single) {
        SameWork.Signals signals = new SameWork.Signals(
                m.strength(),
                m.firstStrength(),
                m.coverage(),
                phrase.rarest() <= 0 ? 0 : m.rarest() / phrase.rarest(),
                phrase.ceiling() <= 0 ? 0 : m.rarest() / phrase.ceiling(),
                meaning,
                m.wordShare(),
                m.firstWordShare(),
                single,
                context);
        return new Candidacy(
                new SameWork.Candidate(
                        id, signals, m.how(), m.matchedTerms(), score, incidental(m, phrase, roles, context)),
                SameWork.certainty(signals));
    }

    /**
     * One reading of a phrase that joins several pieces of work ({@link Coordination}): a work process that says only
     * words of one of them is measured against that one alone.
     *
     * @param piece  the reading's words and its own words, as positions in the whole phrase
     * @param phrase the reading's words as a phrase of their own, each weighing as in the whole phrase
     * @param labelPhrase the same with its unknown words as rarest, as skill labels are measured
     */
    private record Reading(
            Coordination.Reading piece,
            WordMatcher.WeightedPhrase phrase,
            WordRoles roles,
            WordMatcher.WeightedPhrase labelPhrase) {

        /**
         * Whether a match is one of this reading's: it says only words of the reading, two of them or the reading's
         * only one, and one of the reading's own words (not every reading has it) as that word or a form of it. A
         * work process that says one word of "zaak afsluiten in de horeca" ("Meldt zich ter afsluiting van zijn
         * werkzaamheden af"), or only the words every reading shares ("ontwikkeling" and "kinderen" of "ontwikkeling
         * van kinderen observeren en bijhouden"), says no more of that part of the phrase than of the whole; nor does
         * one that shares only a part of a compound with it ("functioneringsgesprekken" is not "Voert
         * verkoopgesprekken", nor "pauzeplekken regelen" "Regelt onderhoud van werkplek").
         */
        boolean says(WordMatcher.WordMatch match) {
            BitSet said = match.saidWords();
            BitSet outside = (BitSet) said.clone();
            outside.andNot(piece.words());
            return outside.isEmpty()
                    && piece.own().intersects(match.wholeWords())
                    && (said.cardinality() >= 2 || piece.words().cardinality() == 1);
        }
    }

    private List<Reading> readings(String text, List<Word> content, WordMatcher.WeightedPhrase weighted) {
        List<Reading> result = new ArrayList<>();
        for (Coordination.Reading reading : Coordination.readings(text, content, this.words::phrase)) {
            WordMatcher.WeightedPhrase part = weighted.only(reading.words());
            if (part.totalWeight() > 0) {
                result.add(new Reading(reading, part, WordRoles.of(part), part.unknownWordsAsRarest()));
            }
        }
        return result;
    }

    private List<Hit> taxonomySkills(
            IndexSearcher searcher, Catalogue catalogue, WordMatcher.WeightedPhrase phrase, List<Reading> readings)
            throws IOException {
        TopDocs top = searcher.search(query(phrase.words(), DocType.SKILL, false), MatchPolicy.SKILL_CANDIDATES);
        WordMatcher.WeightedPhrase wholePhrase = phrase.unknownWordsAsRarest();
        List<Scored> hits = new ArrayList<>();
        for (ScoreDoc sd : relevant(top)) {
            String uri = catalogue.idOf(sd.doc);
            Optional<Catalogue.SkillLabels> labels = catalogue.dutchSkillLabels(uri);
            if (labels.isEmpty()) {
                continue;
            }
            List<WordMatcher.Field> fields = new ArrayList<>();
            fields.add(new WordMatcher.Field(labels.get().label(), MatchPolicy.LABEL));
            labels.get().others().forEach(l -> fields.add(new WordMatcher.Field(l, MatchPolicy.ALT_LABEL)));
            skillHit(uri, wholePhrase, readings, fields).ifPresent(hit -> hits.add(new Scored(hit, sd.score)));
        }
        return best(hits, MatchPolicy.MAX_RESOLVED_SKILLS);
    }

    /** Skills qualifications list (CompetentNL) are not documents of their own: matched on their labels here. */
    private List<Hit> qualificationSkills(
            Catalogue catalogue, WordMatcher.WeightedPhrase phrase, List<Reading> readings) {
        WordMatcher.WeightedPhrase wholePhrase = phrase.unknownWordsAsRarest();
        List<Scored> hits = new ArrayList<>();
        for (String uri : catalogue.qualificationSkillsWithAny(phrase.terms())) {
            skillHit(
                            uri,
                            wholePhrase,
                            readings,
                            List.of(new WordMatcher.Field(catalogue.qualificationSkillLabel(uri), MatchPolicy.LABEL)))
                    .ifPresent(hit -> hits.add(new Scored(hit, 0)));
        }
        return best(hits, MatchPolicy.MAX_RESOLVED_SKILLS);
    }

    /**
     * A skill's label measured against the phrase, or against a reading of it that says all the label does.
     *
     * @param phrase the phrase with its unknown words as rarest ({@link WordMatcher.WeightedPhrase#unknownWordsAsRarest})
     */
    private Optional<Hit> skillHit(
            String uri, WordMatcher.WeightedPhrase phrase, List<Reading> readings, List<WordMatcher.Field> label) {
        Optional<WordMatcher.WordMatch> whole = labelMatcher.match(phrase, label, labelTermWeights);
        if (whole.isEmpty()) {
            return Optional.empty();
        }
        Optional<Hit> best = skillHit(uri, whole);
        for (Reading reading : readings) {
            if (reading.says(whole.get())) {
                Optional<Hit> part = skillHit(uri, labelMatcher.match(reading.labelPhrase(), label, labelTermWeights));
                if (part.isPresent()
                        && (best.isEmpty() || part.get().strength() > best.get().strength())) {
                    best = part;
                }
            }
        }
        return best;
    }

    /**
     * A skill is resolved on how much the phrase and its label say of each other: the geometric mean of the
     * phrase's matched share and the label's matched share, each word weighing its informativeness (a cosine
     * coefficient of the two weighted word sets), and the label must be said for the most part on its own
     * ({@link MatchPolicy#MIN_LABEL_SAID}): a skill is named by a few words, and a label whose specific word goes
     * unsaid ("uitrusting voor waterbehandeling onderhouden" for "voertuigen en uitrusting onderhouden") names other
     * work.
     */
    private static Optional<Hit> skillHit(String uri, Optional<WordMatcher.WordMatch> match) {
        return match.filter(m -> m.weightedCoverage() >= MatchPolicy.MIN_LABEL_SAID)
                .map(m -> new Hit(
                        uri, Evidence.round(Math.sqrt(m.strength() * m.weightedCoverage())), m.how(), m.matchedTerms()))
                .filter(hit -> hit.strength() >= MatchPolicy.MIN_SKILL_MATCH);
    }

    /**
     * The informativeness of a term of a skill label: its inverse document frequency over all titles, as for a
     * phrase. Labels are the index's own text, so the same terms are weighed for phrase after phrase: one per
     * snapshot keeps each term's weight (at most every term of every label).
     */
    static final class LabelTermWeights implements ToDoubleFunction<String> {

        private final IndexReader reader;
        private final int documents;
        private final Map<String, Double> weights = new ConcurrentHashMap<>();

        LabelTermWeights(IndexReader reader) {
            this.reader = reader;
            try {
                this.documents = Math.max(1, reader.getDocCount(IndexSchema.TITLE));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public double applyAsDouble(String term) {
            return weights.computeIfAbsent(term, t -> idf(reader, documents, t));
        }
    }

    /**
     * Each term weighs its inverse document frequency over all titles, and each word the weight of its rarest
     * term (for a compound, the whole word), so rare words count for more of the phrase than common ones. A word
     * no document holds in any field weighs nothing: nothing can match it, so it says nothing about which
     * document is meant (a shop's name, an operator word, a typo), and it must not make every match look weaker.
     * Skills that qualifications list are no documents, so their labels count as known words too.
     */
    private static WordMatcher.WeightedPhrase weigh(IndexReader reader, Catalogue catalogue, List<Word> content)
            throws IOException {
        int documents = Math.max(1, reader.getDocCount(IndexSchema.TITLE));
        double[] weights = new double[content.size()];
        Map<String, Double> termWeights = new HashMap<>();
        for (int i = 0; i < content.size(); i++) {
            Word word = content.get(i);
            for (String term : word.terms()) {
                weights[i] = Math.max(weights[i], termWeights.computeIfAbsent(term, t -> idf(reader, documents, t)));
            }
            for (String term : word.synonyms()) {
                termWeights.computeIfAbsent(term, t -> idf(reader, documents, t));
            }
            if (!known(reader, catalogue, word)) {
                weights[i] = 0;
            }
        }
        return new WordMatcher.WeightedPhrase(content, weights, termWeights, Math.log(1.0 + documents));
    }

    private static double idf(IndexReader reader, int documents, String term) {
        try {
            return Math.log(1.0 + (double) documents / (1 + reader.docFreq(new Term(IndexSchema.TITLE, term))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean known(IndexReader reader, Catalogue catalogue, Word word) throws IOException {
        if (reader.docFreq(new Term(IndexSchema.TITLE_EXACT, word.surface())) > 0) {
            return true;
        }
        List<String> terms = new ArrayList<>(word.terms());
        terms.addAll(word.synonyms());
        if (!catalogue.qualificationSkillsWithAny(terms).isEmpty()) {
            return true;
        }
        for (String term : terms) {
            for (String field : SEARCHED_FIELDS) {
                if (reader.docFreq(new Term(field, term)) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    static Query query(List<Word> content, DocType type, boolean withText) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(new TermQuery(IndexSchema.typeTerm(type)), BooleanClause.Occur.FILTER);
        for (Word word : content) {
            List<Query> alternatives = new ArrayList<>();
            alternatives.add(boost(IndexSchema.TITLE_EXACT, word.surface(), WEIGHTS.titleExact()));
            addTermQueries(alternatives, word.terms(), 1f, withText);
            addTermQueries(alternatives, word.synonyms(), SYNONYM_BOOST, withText);
            query.add(new DisjunctionMaxQuery(alternatives, TIE_BREAKER), BooleanClause.Occur.SHOULD);
        }
        return query.setMinimumNumberShouldMatch(1).build();
    }

    private static void addTermQueries(
            List<Query> alternatives, Iterable<String> terms, float factor, boolean withText) {
        for (String term : terms) {
            alternatives.add(boost(IndexSchema.TITLE, term, WEIGHTS.title() * factor));
            alternatives.add(boost(IndexSchema.LABELS, term, WEIGHTS.labels() * factor));
            if (withText) {
                alternatives.add(boost(IndexSchema.TEXT, term, WEIGHTS.text() * factor));
            }
        }
    }

    private static Query boost(String field, String term, float boost) {
        return new BoostQuery(new TermQuery(new Term(field, term)), boost);
    }

    /** The hits scoring at least {@link MatchPolicy#MIN_RELATIVE_SCORE} of the best. */
    private static List<ScoreDoc> relevant(TopDocs top) {
        if (top.scoreDocs.length == 0) {
            return List.of();
        }
        float floor = (float) (top.scoreDocs[0].score * MatchPolicy.MIN_RELATIVE_SCORE);
        List<ScoreDoc> result = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            if (sd.score >= floor) {
                result.add(sd);
            }
        }
        return result;
    }

    private record Scored(Hit hit, float score) {}

    /** Strongest first; equal strength by search score, then id, so the order never depends on chance. */
    private static List<Hit> best(List<Scored> hits, int limit) {
        return hits.stream()
                .sorted(Comparator.comparingDouble((Scored s) -> s.hit().strength())
                        .reversed()
                        .thenComparing(Comparator.comparingDouble(Scored::score).reversed())
                        .thenComparing(s -> s.hit().id()))
                .limit(limit)
                .map(Scored::hit)
                .toList();
    }

    /** The stronger of two hits on the same id; the first at equal strength. */
    static Hit stronger(Hit a, Hit b) {
        return b.strength() > a.strength() ? b : a;
    }
}
