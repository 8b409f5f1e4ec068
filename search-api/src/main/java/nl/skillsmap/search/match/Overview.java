package nl.skillsmap.search.match;

import java.util.List;
import nl.skillsmap.model.QualificationFile;
import nl.skillsmap.search.LineageSummary;

/**
 * One qualification read against what a person does, laid out for an employer to confirm and a school to weigh:
 * per core task each work process, shared ("komt overeen met wat je doet", with the words it matched and how sure)
 * or not yet, with the person's own corrections marked; what remains for the full diploma and the certificates that
 * cover part of it. It prepares a praktijkverklaring; it is not one: the employer confirms, the school decides.
 *
 * @param date          the day the overview was made (yyyy-mm-dd, Dutch time)
 * @param profile       the person's input as given, their own words first
 * @param corrections   the work processes the person removed from the match and added by hand
 * @param coverage      the work processes shared after the corrections, of all the qualification's work processes
 * @param coreTasks     every core task with every work process, in the qualification's order
 * @param remaining     per core task, the work processes not shared: what remains for the full diploma
 * @param certificates  certificates and electives that cover part of what remains (empty when nothing remains)
 * @param confirmation  what the employer fills in, per work process and for the whole
 */
public record Overview(
        String date,
        Qualification qualification,
        Profile profile,
        Corrections corrections,
        Coverage coverage,
        List<CoreTask> coreTasks,
        List<MatchResponse.MissingGroup> remaining,
        List<MatchResponse.CertificateOption> certificates,
        Confirmation confirmation) {

    /** The qualification the overview is of, and its place among the codes of the same qualification. */
    public record Qualification(
            String crebo,
            String name,
            Integer level,
            String domain,
            QualificationFile dossier,
            LineageSummary lineage) {}

    /** The person's input as the request gave it. */
    public record Profile(
            List<String> activities,
            List<String> workProcesses,
            List<String> skills,
            String qualification,
            String occupation) {}

    public record Corrections(List<String> removed, List<String> added) {}

    /** A core task with its work processes; {@code shared} is counted after the corrections. */
    public record CoreTask(
            String code, String title, String part, int shared, int total, List<WorkProcessLine> workProcesses) {}

    /**
     * One work process as the overview states it.
     *
     * @param status        "shared" (the person's words matched it and they kept it, or they added it by hand) or
     *                      "notYet"
     * @param addedByHand   the person added it: no words of theirs matched it
     * @param removedByHand the words matched it, but the person said it is not what they do
     * @param evidence      what matched it: which of the person's inputs, how and how strongly, strongest first;
     *                      kept for a removed one, so it can be put back; empty when nothing matched it
     */
    public record WorkProcessLine(
            String id,
            String code,
            String title,
            String status,
            boolean addedByHand,
            boolean removedByHand,
            List<Evidence> evidence) {

        public static final String SHARED = "shared";
        public static final String NOT_YET = "notYet";
    }

    /**
     * The confirmation blocks of a praktijkverklaring: the answers an employer gives per work process, and the
     * fields they fill in for the whole.
     */
    public record Confirmation(List<String> perWorkProcess, List<String> whole) {

        static final Confirmation PRAKTIJKVERKLARING = new Confirmation(
                List.of("ja", "deels", "nee"), List.of("naam leerbedrijf", "naam en functie", "datum", "handtekening"));
    }
}
