package nl.skillsmap.search.text;

import nl.skillsmap.search.LineageSummary;

/**
 * One document found by a search, as a result row shows it.
 *
 * @param type          {@link nl.skillsmap.index.DocType#key()}
 * @param snippet       the text that matched (the body passage, else the title) with the matched words marked
 * @param level         mbo level, null for documents without one (skills, occupations)
 * @param qualification the qualification a work process or elective belongs to, else null
 * @param coreTask      the core task of a work process, else null
 * @param lineage       for a qualification: its status and the other codes of the same qualification; else null
 */
public record SearchHit(
        String type,
        String id,
        String title,
        Snippet snippet,
        double score,
        Integer level,
        String domain,
        QualificationRef qualification,
        CoreTaskRef coreTask,
        LineageSummary lineage) {

    public record QualificationRef(String crebo, String name, Integer level) {}

    public record CoreTaskRef(String code, String title) {}
}
