package nl.skillsmap.search.match;

/** A core task by code (null when the source gives none) and title. */
public record CoreTaskRef(String code, String title) {}
