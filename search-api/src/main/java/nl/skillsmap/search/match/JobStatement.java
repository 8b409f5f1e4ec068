package nl.skillsmap.search.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.skillsmap.model.Occupation;
import nl.skillsmap.search.catalogue.Catalogue;
import nl.skillsmap.search.suggest.JobTitleMatch;
import nl.skillsmap.search.suggest.OccupationRanking;
import org.apache.lucene.search.IndexSearcher;

/**
 * An activity in which a person names their own job: "Ik werk als kassamedewerker", "ik ben vakkenvuller bij de
 * Jumbo", or only the job's name ("magazijnmedewerker").
 *
 * <p>Such an activity says more than its words: the person does the work of that ESCO occupation. It is read
 * precision first. A lead-in ("ik werk als", "ik ben", "ik heb tien jaar gewerkt als", "functie:", and as a text
 * about someone says it: "werkt als", "is", "was"), anywhere in the activity, must be followed within two words by a
 * run of words that is a Dutch label of an occupation, preferred or alternative, as a whole ("een ervaren
 * kassamedewerker bij de Jumbo" names kassamedewerker; "ik ben goed met klanten" names nothing, although
 * "klantenadviseur" resembles it). Without a lead-in, such a label must be the whole activity, open it before a word
 * that only a phrase about the job can go on with ("Tuinman bij de plantsoendienst", "Vrachtwagenchauffeur
 * die iets anders zoekt"; not "verkoopmedewerker en orderpicker"), or stand between commas ("Ans (52), buschauffeur,
 * maakt websites"). Where several runs are labels, the longest wins ("kassamedewerker casino" over "kassamedewerker").
 * Where a label names several occupations, the one whose preferred label it is wins, else the one the job-title
 * ranking puts first among those of ISCO major groups 3 to 9, where there are any: the work mbo trains for, as the
 * people who use Skillsmap mean it ("tuinman" names a hovenier, not the botanicus ESCO also calls so).
 *
 * <p>The job's name itself is not searched as work: the occupation's labels and skills say that work, while the
 * parts of a compound name find whatever else says "medewerker". What else the activity says ("... en help klanten
 * bij de kassa") is.
 *
 * @param work       the activity's words other than the lead-in and the job's name: what is searched as work
 *                   (may be empty)
 * @param occupation the occupation named
 */
record JobStatement(String work, Occupation occupation) {

    /** Longest run of words tried as a label; ESCO's Dutch labels have at most a handful of words. */
    private static final int MAX_LABEL_WORDS = 6;
    /** Job-title matches read to choose among occupations sharing a label. */
    private static final int RANKED = 20;

    /**
     * Words after which a text that opens with a job's name can only go on about that job ("Tuinman bij de
     * plantsoendienst", "Heftruckchauffeur zonder diploma", "Vrachtwagenchauffeur die iets anders zoekt"), where "en"
     * or a verb would make the name part of a list or of other work.
     */
    private static final Set<String> JOB_GOES_ON =
            Set.of("bij", "in", "op", "voor", "van", "aan", "met", "zonder", "sinds", "die", "dat");

    /** Words after the lead-in that may come before the job's name ("een ervaren zelfstandig kok"). */
    private static final int MAX_WORDS_BEFORE_NAME = 2;

    private static final Pattern LEAD_IN = Pattern.compile(
            "(?:^|[\\s,.;:(])(?:"
                    // ik werk als, werkte jaren als, ben werkzaam als, ben gaan werken als; (Ilse) werkt als
                    + "(?:ik\\s+)?(?:werk|werkt|werkte|werkten|werken|ben|is|was|werkzaam|gewerkt)\\s+(?:\\S+\\s+){0,3}?als"
                    // ik heb tien jaar gewerkt als, (zij) heeft gewerkt als
                    + "|(?:ik\\s+)?(?:heb|had|heeft)\\s+(?:\\S+\\s+){0,3}?gewerkt\\s+als"
                    // ik ben kassamedewerker, ik was een vakkenvuller; (Hans) is conciërge
                    + "|ik\\s+(?:ben|was)|is|was"
                    // functie: kassamedewerker
                    + "|(?:functie|beroep|baan)\\s*:"
                    + ")\\s+(\\S.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The job an activity names, if it names one. */
    static Optional<JobStatement> read(
            String activity, Catalogue catalogue, IndexSearcher searcher, OccupationRanking jobTitles) {
        Matcher leadIn = LEAD_IN.matcher(activity);
        while (leadIn.find()) {
            String before = activity.substring(0, leadIn.start()).strip();
            List<String> words =
                    Arrays.asList(Catalogue.labelKey(leadIn.group(1)).split(" "));
            Optional<int[]> run = longestLabel(words, catalogue);
            if (run.isPresent()) {
                int start = run.get()[0];
                int end = run.get()[1];
                String label = String.join(" ", words.subList(start, end));
                String rest = String.join(
                        " ",
                        before,
                        String.join(" ", words.subList(0, start)),
                        String.join(" ", words.subList(end, words.size())));
                return Optional.of(of(rest, label, catalogue, searcher, jobTitles));
            }
        }
        if (!catalogue.occupationsLabelled(activity).isEmpty()) {
            return Optional.of(new JobStatement("", named(activity, catalogue, searcher, jobTitles)));
        }
        List<String> words = Arrays.asList(Catalogue.labelKey(activity).split(" "));
        for (int end = Math.min(MAX_LABEL_WORDS, words.size() - 1); end > 0; end--) {
            String label = String.join(" ", words.subList(0, end));
            if (JOB_GOES_ON.contains(words.get(end))
                    && !catalogue.occupationsLabelled(label).isEmpty()) {
                String rest = String.join(" ", words.subList(end, words.size()));
                return Optional.of(of(rest, label, catalogue, searcher, jobTitles));
            }
        }
        String[] parts = activity.split(",");
        for (int i = 0; i < parts.length && parts.length > 1; i++) {
            if (!catalogue.occupationsLabelled(parts[i]).isEmpty()) {
                List<String> rest = new ArrayList<>(Arrays.asList(parts));
                rest.remove(i);
                return Optional.of(of(String.join(",", rest), parts[i], catalogue, searcher, jobTitles));
            }
        }
        return Optional.empty();
    }

    /** The job a label names, with the rest of the activity (white space made single) as its work. */
    private static JobStatement of(
            String rest, String label, Catalogue catalogue, IndexSearcher searcher, OccupationRanking jobTitles) {
        return new JobStatement(rest.strip().replaceAll("\\s+", " "), named(label, catalogue, searcher, jobTitles));
    }

    /**
     * The longest run of words that is an occupation's label and starts among the first words, leftmost first among
     * equals, as its start and end (exclusive).
     */
    private static Optional<int[]> longestLabel(List<String> words, Catalogue catalogue) {
        for (int length = Math.min(MAX_LABEL_WORDS, words.size()); length > 0; length--) {
            for (int start = 0; start <= MAX_WORDS_BEFORE_NAME && start + length <= words.size(); start++) {
                String run = String.join(" ", words.subList(start, start + length));
                if (!catalogue.occupationsLabelled(run).isEmpty()) {
                    return Optional.of(new int[] {start, start + length});
                }
            }
        }
        return Optional.empty();
    }

    private static Occupation named(
            String label, Catalogue catalogue, IndexSearcher searcher, OccupationRanking jobTitles) {
        List<String> uris = catalogue.occupationsLabelled(label);
        Occupation first = catalogue.occupation(uris.getFirst()).orElseThrow();
        if (uris.size() == 1 || Catalogue.labelKey(first.label()).equals(Catalogue.labelKey(label))) {
            return first;
        }
        boolean anyTrade = uris.stream()
                .map(catalogue::occupation)
                .flatMap(Optional::stream)
                .anyMatch(JobStatement::trade);
        try {
            for (JobTitleMatch match : jobTitles.rank(searcher, label, RANKED, catalogue::idOf)) {
                if (uris.contains(match.uri())) {
                    Optional<Occupation> o = catalogue.occupation(match.uri());
                    if (o.isPresent() && (!anyTrade || trade(o.get()))) {
                        return o.get();
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return first;
    }

    /**
     * Whether an occupation is of ISCO major groups 3 to 9: technicians, clerks, service and sales, trades, operators
     * and elementary work, not managers (1) or professionals (2).
     */
    private static boolean trade(Occupation o) {
        String isco = o.iscoGroup();
        return isco != null && !isco.isEmpty() && isco.charAt(0) >= '3' && isco.charAt(0) <= '9';
    }
}
