package nl.skillsmap.search.match;

/** The work process through which similar work was reached: the matched one the evidence starts from. */
public record Via(String id, String title, String crebo) {}
