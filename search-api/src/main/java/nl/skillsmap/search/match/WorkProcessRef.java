package nl.skillsmap.search.match;

/** A work process by id, official code (null when the source gives none) and title. */
public record WorkProcessRef(String id, String code, String title) {}
