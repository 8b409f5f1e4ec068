package nl.skillsmap.model;

import java.util.List;
import java.util.Map;

/**
 * Everything the readers produced, merged: the input of the index builder.
 *
 * @param register the crebo register (qualifications, qualification files and historic programmes), empty when not
 *                 read
 * @param notes    what the merge decided (which source won for which crebo) and non-fatal warnings, for the build
 *                 summary
 * @param englishLabels English labels of ESCO occupations and skills whose shown labels are Dutch, by URI: what an
 *                 English-speaking person may type, kept to point them to the Dutch label (never searched)
 */
public record Corpus(
        List<Qualification> qualifications,
        List<Elective> electives,
        List<Skill> skills,
        List<Occupation> occupations,
        List<RegisterEntry> register,
        List<String> notes,
        Map<String, List<String>> englishLabels) {

    public Corpus {
        qualifications = List.copyOf(qualifications);
        electives = List.copyOf(electives);
        skills = List.copyOf(skills);
        occupations = List.copyOf(occupations);
        register = List.copyOf(register);
        notes = List.copyOf(notes);
        englishLabels = Map.copyOf(englishLabels);
    }

    /** A corpus without English labels. */
    public Corpus(
            List<Qualification> qualifications,
            List<Elective> electives,
            List<Skill> skills,
            List<Occupation> occupations,
            List<RegisterEntry> register,
            List<String> notes) {
        this(qualifications, electives, skills, occupations, register, notes, Map.of());
    }

    /** A corpus without a crebo register. */
    public Corpus(
            List<Qualification> qualifications,
            List<Elective> electives,
            List<Skill> skills,
            List<Occupation> occupations,
            List<String> notes) {
        this(qualifications, electives, skills, occupations, List.of(), notes);
    }
}
