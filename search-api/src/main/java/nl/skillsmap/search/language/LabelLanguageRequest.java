package nl.skillsmap.search.language;

import java.util.List;

/** The skill and occupation URIs whose label language is asked. */
public record LabelLanguageRequest(List<String> uris) {}
