package nl.skillsmap.search.suggest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.skillsmap.analysis.AnalyzerFactory;
import nl.skillsmap.analysis.Terms;
import nl.skillsmap.index.DocType;
import nl.skillsmap.index.IndexSchema;
import nl.skillsmap.model.Lineage;
import nl.skillsmap.search.LineageSelection;
import nl.skillsmap.search.RequestChecks;
import nl.skillsmap.search.index.DocumentRows;
import nl.skillsmap.search.index.IndexSnapshot;
import nl.skillsmap.search.index.SkillsmapIndex;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Suggestions while typing, from two characters: every typed word must start a word or a compound part of a title
 * or label ("voorr" and "beleid" both find "voorraadbeleid"). Matching uses the {@link IndexSchema#SUGGEST} field,
 * whose edge n-grams turn prefix matching into term lookups.
 *
 * <p>Ranking, deterministic: texts whose first word starts with the first typed word, then the more central types
 * (qualification, work process, occupation, skill, elective), then shorter texts, then text and id. Equal texts of
 * one type (the same work process in several qualifications) are shown once, and no type takes more than half the
 * places while others are waiting, so a long list of one kind does not hide the rest.
 *
 * <p>Asked for occupations only (the page's occupation picker), places the word starts leave are filled by the
 * occupations that {@link OccupationRanking} ranks first for the text as a job title.
 */
public final class SuggestService {

    public static final int MIN_QUERY_LENGTH = AnalyzerFactory.MIN_PREFIX;
    public static final int MAX_QUERY_LENGTH = 200;
    public static final int DEFAULT_LIMIT = 8;
    public static final int MAX_LIMIT = 20;

    /** Candidates fetched per type before re-ranking, as a multiple of the limit (room for duplicates). */
    private static final int CANDIDATES_PER_LIMIT = 3;

    private static final List<DocType> TYPE_ORDER =
            List.of(DocType.QUALIFICATION, DocType.WORK_PROCESS, DocType.OCCUPATION, DocType.SKILL, DocType.ELECTIVE);

    private static final Set<DocType> OCCUPATIONS = Set.of(DocType.OCCUPATION);
    /** How much of the text is read as a job title; titles are short, and longer text only costs time. */
    private static final int MAX_JOB_TITLE_LENGTH = 100;
    /**
     * The least similarity of an occupation's best label to the text for the job-title ranking to offer it, so that
     * random letters fill no places; the job titles of the MELO set, whole or half typed, almost never fall below.
     */
    private static final double MIN_JOB_TITLE_SIMILARITY = 0.1;

    private final SkillsmapIndex index;

    public SuggestService(SkillsmapIndex index) {
        this.index = index;
    }

    public Suggestions suggest(String query, int limit) {
        return suggest(query, limit, Set.of());
    }

    /**
     * Suggestions of the given types only; no types means every type.
     *
     * @throws ValidationException when the text is absent or longer than {@link #MAX_QUERY_LENGTH}, or the limit is
     *                             not 1 to {@link #MAX_LIMIT}
     */
    public Suggestions suggest(String query, int limit, Set<DocType> types) {
        RequestChecks checks = new RequestChecks();
        checks.text("q", query, 1, MAX_QUERY_LENGTH);
        checks.range("limit", limit, 1, MAX_LIMIT).done();
        IndexSnapshot snapshot = index.acquire();
        try {
            return suggest(snapshot, query, limit, types);
        } catch (IOException e) {
            throw new UncheckedIOException("suggest failed for '" + query + "'", e);
        } finally {
            index.release(snapshot);
        }
    }

    private static Suggestions suggest(IndexSnapshot snapshot, String query, int limit, Set<DocType> types)
            throws IOException {
        List<String> words = tokens(snapshot.analyzers().prefixQuery(), query).stream()
                .filter(w -> w.length() >= MIN_QUERY_LENGTH)
                // The index keeps prefixes up to MAX_PREFIX letters: a longer typed word is matched on that much.
                .map(w -> w.length() > AnalyzerFactory.MAX_PREFIX ? w.substring(0, AnalyzerFactory.MAX_PREFIX) : w)
                .distinct()
                .toList();
        if (words.isEmpty()) {
            return new Suggestions(query, List.of());
        }
        IndexSearcher searcher = snapshot.searcher();
        DocumentRows rows = snapshot.rows();
        Map<DocType, List<ScoreDoc>> best = searcher.search(
                query(words, types), new BestPerTypeCollectorManager(rows, limit * CANDIDATES_PER_LIMIT));
        List<Candidate> candidates = new ArrayList<>();
        for (DocType type : TYPE_ORDER) {
            for (ScoreDoc ranked : best.get(type)) {
                candidate(snapshot.analyzers().prefix(), rows.row(searcher, ranked.doc), words)
                        .ifPresent(candidates::add);
            }
        }
        List<Suggestion> picked = pick(candidates, limit);
        if (types.equals(OCCUPATIONS)) {
            picked = withJobTitleMatches(snapshot, query, picked, limit);
        }
        return new Suggestions(query, picked);
    }

    /**
     * An occupation picker's list: the occupations whose labels start the typed words, then, for places left, the
     * occupations whose labels are most like the text as a job title ({@link OccupationRanking}: character n-grams
     * weighted by word rarity, so a whole title finds its occupation when no label starts with its words, and
     * "winkelmedewerkster" finds "winkelmedewerker"), by its best-matching label that is not hidden and that no
     * other suggestion shows (occupations share labels). Each occupation is offered once. Started words come first
     * because a person typing expects completions of what they typed; on the MELO job titles, typed half, that order
     * ranked better than the job-title ranking alone (bin/evaluate reports both whole and half-typed titles).
     */
    private static List<Suggestion> withJobTitleMatches(
            IndexSnapshot snapshot, String query, List<Suggestion> byPrefix, int limit) throws IOException {
        if (byPrefix.size() >= limit) {
            return byPrefix;
        }
        List<Suggestion> merged = new ArrayList<>(byPrefix);
        Set<String> ids = new HashSet<>();
        Set<String> texts = new HashSet<>();
        byPrefix.forEach(suggestion -> {
            ids.add(suggestion.id());
            texts.add(textKey(suggestion.text()));
        });
        String title = query.length() > MAX_JOB_TITLE_LENGTH ? query.substring(0, MAX_JOB_TITLE_LENGTH) : query;
        IndexSearcher searcher = snapshot.searcher();
        for (JobTitleMatch match : snapshot.jobTitles()
                .rank(
                        searcher,
                        title,
                        limit * CANDIDATES_PER_LIMIT,
                        doc -> snapshot.rows().row(searcher, doc).id())) {
            if (merged.size() >= limit) {
                break;
            }
            boolean alike =
                    !match.labels().isEmpty() && match.labels().getFirst().similarity() >= MIN_JOB_TITLE_SIMILARITY;
            // Occupations may share a label: each is offered by a text no other suggestion shows, or not at all.
            Optional<String> text = match.shownLabels().stream()
                    .filter(t -> !texts.contains(textKey(t)))
                    .findFirst();
            if (alike && text.isPresent() && ids.add(match.uri())) {
                texts.add(textKey(text.get()));
                merged.add(new Suggestion(text.get(), DocType.OCCUPATION.key(), match.uri()));
            }
        }
        return List.copyOf(merged);
    }

    /**
     * Every word as a prefix (a term of the n-gram field); scored, so shorter fields come first. Documents of other
     * types than asked for are filtered out.
     */
    private static Query query(List<String> words, Set<DocType> types) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        words.forEach(w -> builder.add(new TermQuery(new Term(IndexSchema.SUGGEST, w)), Occur.MUST));
        // One entry per qualification: the code its lineage's card shows, which carries the other codes' names.
        LineageSelection.CARDS.restrict(builder);
        if (!types.isEmpty()) {
            BooleanQuery.Builder anyType = new BooleanQuery.Builder();
            types.forEach(t -> anyType.add(new TermQuery(IndexSchema.typeTerm(t)), Occur.SHOULD));
            builder.add(anyType.build(), Occur.FILTER);
        }
        return builder.build();
    }

    /**
     * What a matched document offers: its title, else the shortest of its shown labels that the words start.
     * Word starts are checked on folded text first for the title and every label; only when none has them are
     * compound parts looked for, with the index-side chain (the costlier check, needed by few documents).
     */
    private static Optional<Candidate> candidate(Analyzer prefixes, DocumentRows.Row row, List<String> words) {
        // Other labels of the document (a work process's core task, a qualification's dossier) name something
        // else, so only the shown labels of skills and occupations, and the names of a qualification's other
        // codes, stand in for the title.
        List<String> labels = row.labels().stream()
                .sorted(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()))
                .toList();
        String text = startsWords(row.title(), words)
                ? row.title()
                : labels.stream()
                        .filter(label -> startsWords(label, words))
                        .findFirst()
                        .or(() ->
                                startsParts(prefixes, row.title(), words) ? Optional.of(row.title()) : Optional.empty())
                        .or(() -> labels.stream()
                                .filter(label -> startsParts(prefixes, label, words))
                                .findFirst())
                        .orElse(null);
        return Optional.ofNullable(text)
                .map(t -> new Candidate(shown(row, t), row.type(), row.id(), startsWith(t, words.getFirst())));
    }

    /**
     * The text offered for what matched: a qualification found by the name of an older code shows its own name
     * with that one ("Manager mobiliteitsbranche (voorheen Aftersalesmanager Mobiliteitsbranche)"), and one no
     * longer offered says so ("Pianotechnicus (vervallen)").
     */
    private static String shown(DocumentRows.Row row, String matched) {
        if (row.type() != DocType.QUALIFICATION) {
            return matched;
        }
        String text = matched.equals(row.title()) ? matched : row.title() + " (voorheen " + matched + ")";
        // Only a lineage without a code still offered is shown by a code that is not: it says so.
        String status = row.lineage() == null ? null : row.lineage().status();
        if (Lineage.Status.LAPSED.key().equals(status)) {
            return text + " (vervallen)";
        }
        return Lineage.Status.INTAKE_ENDED.key().equals(status) ? text + " (geen instroom meer)" : text;
    }

    /** Whether every word starts a word of {@code text} (folded by the chain's own folding table). */
    private static boolean startsWords(String text, List<String> words) {
        String folded = fold(text);
        return words.stream().allMatch(w -> startsAWord(folded, w));
    }

    /**
     * Whether every word is one of the prefixes the index side makes of {@code text}: the same chain, so compound
     * parts count exactly as the index counts them.
     */
    private static boolean startsParts(Analyzer prefixes, String text, List<String> words) {
        return new HashSet<>(tokens(prefixes, text)).containsAll(words);
    }

    private static boolean startsWith(String text, String word) {
        String folded = fold(text);
        int first = 0;
        while (first < folded.length() && !Character.isLetterOrDigit(folded.charAt(first))) {
            first++;
        }
        return folded.startsWith(word, first);
    }

    private static boolean startsAWord(String folded, String word) {
        for (int at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
            if (at == 0 || !Character.isLetterOrDigit(folded.charAt(at - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Lower case with accents folded by the table the analysis chain folds with. */
    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            if (lower.charAt(i) >= 0x80) {
                char[] chars = lower.toCharArray();
                char[] folded = new char[chars.length * 4];
                int length = ASCIIFoldingFilter.foldToASCII(chars, 0, folded, 0, chars.length);
                return new String(folded, 0, length);
            }
        }
        return lower;
    }

    private static List<Suggestion> pick(List<Candidate> candidates, int limit) {
        List<Candidate> ranked = new ArrayList<>(candidates);
        ranked.sort(Candidate.RANKING);
        Set<String> seen = new HashSet<>();
        List<Candidate> distinct = new ArrayList<>();
        for (Candidate c : ranked) {
            if (seen.add(c.type().key() + '\n' + textKey(c.text()))) {
                distinct.add(c);
            }
        }
        int perType = (limit + 1) / 2;
        Map<DocType, Integer> taken = new HashMap<>();
        Set<Candidate> chosen = new LinkedHashSet<>();
        for (Candidate c : distinct) {
            if (chosen.size() < limit && taken.merge(c.type(), 1, Integer::sum) <= perType) {
                chosen.add(c);
            }
        }
        for (Candidate c : distinct) {
            if (chosen.size() < limit) {
                chosen.add(c);
            }
        }
        return distinct.stream()
                .filter(chosen::contains)
                .map(c -> new Suggestion(c.text(), c.type().key(), c.id()))
                .toList();
    }

    /** Texts equal under this key are shown once per type. */
    private static String textKey(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    private static List<String> tokens(Analyzer analyzer, String text) {
        return Terms.of(analyzer, IndexSchema.SUGGEST, text);
    }

    private record Candidate(String text, DocType type, String id, boolean startsWithQuery) {

        static final Comparator<Candidate> RANKING = Comparator.comparing((Candidate c) -> !c.startsWithQuery())
                .thenComparingInt(c -> TYPE_ORDER.indexOf(c.type()))
                .thenComparingInt(c -> c.text().length())
                .thenComparing(Candidate::text)
                .thenComparing(Candidate::id);
    }
}
